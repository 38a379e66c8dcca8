using System.Collections.Immutable;
using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Patterns;

/// <summary>
/// A pattern in the form the coder matches, whichever dictionary it came from: the predicate (verb or event noun,
/// with an optional particle), the terms that must hold around it, where the source and target come from, the
/// codes for source → target (<see cref="Forward"/>) and target → source (<see cref="Reverse"/>, the same code for
/// a joint action), and the dictionary line it was read from. A pattern with neither code blocks coding.
/// </summary>
public sealed record PredicatePattern(
    PredicateKind Kind,
    string Lemma,
    string? Particle,
    ImmutableArray<PatternTerm> Terms,
    ImmutableArray<RoleSlot> SourceSlots,
    ImmutableArray<RoleSlot> TargetSlots,
    string? Forward,
    string? Reverse,
    bool Joint,
    bool PairsCompoundSubject,
    ImmutableArray<string> Contexts,
    string Origin)
{
    /// <summary>How much the pattern asks of the sentence; the most specific matching pattern wins.</summary>
    public int Specificity => Terms.Sum(t => t switch
    {
        PhraseTerm p => 1 + p.Complement.Length,
        NounPhraseTerm n => 1 + n.Modifiers.Length,
        _ => 1,
    }) + (Particle is null ? 0 : 1);

    public bool IsNull => Forward is null && Reverse is null;
}
