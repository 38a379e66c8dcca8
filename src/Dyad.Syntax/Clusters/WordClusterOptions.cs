namespace Dyad.Syntax.Clusters;

/// <summary>How to learn word clusters: the class counts (one clustering each), the words kept, and the passes.</summary>
public sealed record WordClusterOptions
{
    /// <summary>Coarse to fine, as the bit-string prefixes of Brown clusters are used (Koo, Carreras and Collins 2008).</summary>
    public IReadOnlyList<int> ClassCounts { get; init; } = [16, 64, 256, 1024];

    public int MinimumCount { get; init; } = 3;

    public int Iterations { get; init; } = 15;
}
