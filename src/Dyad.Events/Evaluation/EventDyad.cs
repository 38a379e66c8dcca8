namespace Dyad.Events.Evaluation;

/// <summary>
/// One source-target pair of an event with the event's code (CAMEO, or a PLOVER type) and date: the unit every
/// scorer counts. An event with several sources or targets gives one dyad per pair.
/// </summary>
public sealed record EventDyad(string Source, string Target, string Code, string? Date, string? Place = null)
{
    /// <summary>Whether <paramref name="emitted"/> falls within this gold dyad's date, which may be a year or a month.</summary>
    public bool DateAgrees(EventDyad emitted) =>
        Date is { } date && emitted.Date is { } emittedDate && emittedDate.StartsWith(date, StringComparison.Ordinal);

    /// <summary>Whether this gold dyad names a place and <paramref name="emitted"/> was placed at a place of that name.</summary>
    public bool PlaceAgrees(EventDyad emitted) =>
        Place is { } place && emitted.Place is { } emittedPlace && string.Equals(place, emittedPlace, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Source}->{Target} {Code}";
}
