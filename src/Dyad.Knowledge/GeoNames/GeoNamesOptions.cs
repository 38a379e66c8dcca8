namespace Dyad.Knowledge.GeoNames;

/// <summary>What to keep from a GeoNames dump: places with at least <see cref="MinPopulation"/> people, and at most <see cref="MaxNames"/> name variants each.</summary>
public sealed record GeoNamesOptions
{
    public static GeoNamesOptions Default { get; } = new();

    public long MinPopulation { get; init; }

    /// <summary>GeoNames lists dozens of spellings for big cities; a knowledge line stays readable with a few.</summary>
    public int MaxNames { get; init; } = 8;
}
