using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// One expected event of a gold record: its source and target actor codes, its code (a CAMEO code, or a PLOVER
/// event type in the <c>plover</c> format) and, where the gold gives one, its date (ISO 8601, possibly reduced
/// to a year or a month).
/// </summary>
public sealed record GoldEvent(ImmutableArray<string> Sources, ImmutableArray<string> Targets, string Code, string? Date, string? Place = null);
