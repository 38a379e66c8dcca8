using Dyad.Knowledge.Dates;

namespace Dyad.Knowledge.Dyad;

/// <summary>An actor code a person holds over a range of days (<c>KGZGOV 2021-01-28.. president</c>).</summary>
public sealed record PersonRole(string Code, DateRange Range, string? Title);
