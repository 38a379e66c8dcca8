namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>The TABARI role markers kept by PETRARCH patterns.</summary>
public enum PatternMarker
{
    /// <summary><c>$</c>: the actor here is the source.</summary>
    Source,

    /// <summary><c>+</c>: the actor here is the target.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor here is both source and target (each acts on the others).</summary>
    Compound,

    /// <summary><c>^</c>: skip the actor here; it takes no role.</summary>
    Skip,
}
