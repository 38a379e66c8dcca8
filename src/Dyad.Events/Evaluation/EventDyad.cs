namespace Dyad.Events.Evaluation;

/// <summary>
/// One source-target pair of an event with the event's code (CAMEO, or a PLOVER type) and date: the unit every
/// scorer counts. An event with several sources or targets gives one dyad per pair.
/// </summary>
public sealed record EventDyad(string Source, string Target, string Code, string? Date)
{
    public override string ToString() => $"{Source}->{Target} {Code}";
}
