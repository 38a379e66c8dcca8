namespace Dyad.Knowledge.Dates;

/// <summary>An actor code that holds for a range of days.</summary>
public sealed record DatedCode(string Code, DateRange Range);
