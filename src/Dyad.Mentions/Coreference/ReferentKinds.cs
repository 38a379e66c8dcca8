namespace Dyad.Mentions.Coreference;

/// <summary>What an actor mention stands for, as far as pronouns and descriptions care; a pronoun accepts a set.</summary>
[Flags]
public enum ReferentKinds
{
    None = 0,
    Person = 1,
    Country = 2,
    Organisation = 4,

    /// <summary>Anything else a noun names ("the clock"): no actor, but "it" may mean it rather than an actor.</summary>
    Thing = 8,
    Any = Person | Country | Organisation,
}
