namespace Dyad.Events.Patterns;

/// <summary>Where a role's actors come from.</summary>
public enum RoleSlotKind
{
    /// <summary>The subject (the agent of a passive; the possessor or modifier of an event noun).</summary>
    Subject,

    /// <summary>The direct object (the subject of a passive).</summary>
    DirectObject,

    /// <summary>A prepositional phrase introduced by <see cref="RoleSlot.Preposition"/>.</summary>
    Phrase,

    /// <summary>The phrase that the pattern's term number <see cref="RoleSlot.Term"/> matched.</summary>
    Term,

    /// <summary>The first prepositional phrase holding an actor that is not a place or time phrase.</summary>
    AnyPhrase,

    /// <summary>The first actor-bearing phrase nested inside the direct object ("welcomed the resumption of ties with X").</summary>
    WithinObject,

    /// <summary>
    /// The first actor-bearing phrase after the predicate anywhere in its own clause, place phrases, phrases nested
    /// in other phrases and objects of participles included ("clashed over the efforts of X", "renewed his licence in
    /// X", "boycotted the parade supporting X").
    /// </summary>
    AfterPredicate,

    /// <summary>
    /// The subject of a complement clause that codes no event of its own, or a phrase inside that subject ("allowed
    /// that X is ...", "said that an embargo against X would not work"), else the object of such a "to" clause
    /// ("signed an accord to supply X").
    /// </summary>
    Complement,

    /// <summary>For a passive predicate with no agent, the first actor-bearing phrase after it ("X was criticised over its dispute with Y").</summary>
    AgentlessPassive,
}

/// <summary>
/// One place a role may be filled from; a role takes the first slot that holds an actor, passing over the first
/// <see cref="Skipped"/> actor-bearing phrases of the slot (PETRARCH's <c>^</c> before <c>$</c> or <c>+</c>).
/// </summary>
public sealed record RoleSlot(RoleSlotKind Kind, PatternWords? Preposition = null, int Term = -1, int Skipped = 0)
{
    public static RoleSlot Subject { get; } = new(RoleSlotKind.Subject);

    public static RoleSlot DirectObject { get; } = new(RoleSlotKind.DirectObject);

    public static RoleSlot AnyPhrase { get; } = new(RoleSlotKind.AnyPhrase);

    public static RoleSlot WithinObject { get; } = new(RoleSlotKind.WithinObject);

    public static RoleSlot AfterPredicate { get; } = new(RoleSlotKind.AfterPredicate);

    public static RoleSlot Complement { get; } = new(RoleSlotKind.Complement);

    public static RoleSlot AgentlessPassive { get; } = new(RoleSlotKind.AgentlessPassive);

    public override string ToString() => Kind switch
    {
        RoleSlotKind.Phrase => Preposition!.ToString(),
        RoleSlotKind.Term => "term " + (Term + 1),
        _ => Kind.ToString().ToLowerInvariant(),
    } + (Skipped > 0 ? $" after {Skipped} skipped" : "");
}
