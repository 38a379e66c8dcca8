using System.Collections.Immutable;
using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Patterns;

/// <summary>Turns the lines of Dyad's <c>events.txt</c> into the patterns the coder matches.</summary>
public static class DyadPatternCompiler
{
    public static PatternLexicon Compile(IEnumerable<EventPattern> patterns) =>
        new(patterns.Select(p => (p.Lemma, Compile(p))));

    public static PredicatePattern Compile(EventPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ImmutableArray<PatternTerm> terms = pattern.Objects.Count > 0 ? [new WordTerm(PatternWords.Of(pattern.Objects), TermRegion.ObjectHead)] : [];
        var targets = pattern.Targets
            .Select(t => t == EventPattern.ObjectTarget ? RoleSlot.DirectObject : new RoleSlot(RoleSlotKind.Phrase, PatternWords.Of([t])))
            .ToImmutableArray();
        var origin = $"{Path.GetFileName(pattern.Source.File)}:{pattern.Source.Line} {pattern.Predicate} -> {pattern.Code}";
        return new PredicatePattern(
            pattern.Kind,
            pattern.Lemma,
            pattern.Particle,
            terms,
            [RoleSlot.Subject],
            targets,
            pattern.Code,
            pattern.Joint ? pattern.Code : pattern.Reverse,
            pattern.Joint,
            pattern.Joint || IsIntent(pattern.Code),
            [.. pattern.Contexts],
            origin);
    }

    /// <summary>
    /// An intent (root 03) stated by several parties with no one else named ("the presidents confirmed their readiness
    /// to deepen cooperation") is each one's intent towards the others, as a joint action is.
    /// </summary>
    private static bool IsIntent(string code) => code.StartsWith("03", StringComparison.Ordinal);
}
