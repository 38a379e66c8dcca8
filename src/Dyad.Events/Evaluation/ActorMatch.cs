namespace Dyad.Events.Evaluation;

/// <summary>How much of two actor codes must agree for a dyad to match (GUIDELINES.md, "Scoring").</summary>
public enum ActorMatch
{
    /// <summary>The whole code (PETRARCH validation).</summary>
    Exact,

    /// <summary>The first 3 characters: the country, or IGO, NGO, EUR, WST, so every IGO is alike.</summary>
    Lenient,

    /// <summary>The first 6 characters: the country and sector (IGOCSTO is compared as IGOCST).</summary>
    Strict,
}
