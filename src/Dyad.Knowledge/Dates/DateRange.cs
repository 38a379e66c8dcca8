namespace Dyad.Knowledge.Dates;

/// <summary>
/// Days from <see cref="From"/> to <see cref="To"/>, both included; a null bound is open. The unbounded range
/// applies always.
/// </summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    public static DateRange Always { get; } = new(null, null);

    public bool IsAlways => From is null && To is null;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public bool Overlaps(DateRange other) =>
        (From is null || other.To is null || From <= other.To) && (other.From is null || To is null || other.From <= To);

    public override string ToString() => $"{From?.ToString("yyyy-MM-dd") ?? ""}..{To?.ToString("yyyy-MM-dd") ?? ""}";
}
