using System.Collections.Immutable;

namespace Dyad.Events.Patterns;

/// <summary>Where a word term looks, relative to the predicate.</summary>
public enum TermRegion
{
    /// <summary>The head word of the direct object (the passive subject when the verb is passive).</summary>
    ObjectHead,

    /// <summary>Anywhere in the predicate's own clause after it: object, prepositional phrases, particles.</summary>
    After,

    /// <summary>Anywhere in the subject before the predicate.</summary>
    Before,
}

/// <summary>One condition a pattern sets on the words around its predicate.</summary>
public abstract record PatternTerm;

/// <summary>Words that must stand in <see cref="Region"/>.</summary>
public sealed record WordTerm(PatternWords Words, TermRegion Region) : PatternTerm
{
    public override string ToString() => Region switch
    {
        TermRegion.ObjectHead => "object " + Words,
        TermRegion.Before => "before " + Words,
        _ => Words.ToString(),
    };
}

/// <summary>
/// PETRARCH's noun phrase <c>{A B HEAD}</c>: the head in <see cref="Region"/>, its modifiers before it in order, the last
/// one right before the head and the others further left in the head's own phrase. "{IMPROVED ECONOMIC RELATIONS}"
/// fits "improved global economic relations" but neither "economic trade relations" nor "economic secret relations":
/// a word between the head and its nearest modifier makes a different thing of the head.
/// </summary>
public sealed record NounPhraseTerm(ImmutableArray<PatternWords> Modifiers, PatternWords Head, TermRegion Region) : PatternTerm
{
    public override string ToString() => (Region == TermRegion.Before ? "before " : "") + "{" + string.Join(' ', Modifiers.Append(Head).Select(w => w.ToString())) + "}";
}

/// <summary>
/// A prepositional phrase on the predicate (or on its object) introduced by <see cref="Preposition"/>, whose words
/// include every element of <see cref="Complement"/>. The actors of a <see cref="Skipped"/> phrase (PETRARCH's
/// <c>^</c>, "celebrated Iftar in ^") are neither source nor target.
/// </summary>
public sealed record PhraseTerm(PatternWords Preposition, ImmutableArray<PatternWords> Complement, bool Skipped = false) : PatternTerm
{
    public override string ToString() => "(" + string.Join(' ', Complement.Select(c => c.ToString()).Prepend(Preposition.ToString())) + ")";
}

/// <summary>
/// PETRARCH's <c>%</c>: the subject (<see cref="TermRegion.Before"/>) or the object is coordinated ("Gondor and
/// Osgiliath downplayed ...").
/// </summary>
public sealed record CompoundTerm(TermRegion Region) : PatternTerm
{
    public override string ToString() => Region == TermRegion.Before ? "compound subject" : "compound object";
}
