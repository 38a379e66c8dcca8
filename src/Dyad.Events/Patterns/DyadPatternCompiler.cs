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
            pattern.Joint,
            [.. pattern.Contexts],
            origin);
    }
}
