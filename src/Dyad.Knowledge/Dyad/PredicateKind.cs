namespace Dyad.Knowledge.Dyad;

/// <summary>Whether an event pattern is triggered by a verb or by an event noun.</summary>
public enum PredicateKind
{
    Verb,
    Noun,
}
