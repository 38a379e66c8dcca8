using System.Collections.Immutable;
using System.Globalization;
using Dyad.Core.Stories;

namespace Dyad.Events.Evaluation;

/// <summary>Expands gold events and emitted events into <see cref="EventDyad"/>s, source x target.</summary>
public static class EventDyads
{
    public static ImmutableArray<EventDyad> Of(IEnumerable<GoldEvent> events) =>
        [.. events.SelectMany(e => e.Sources.SelectMany(source => e.Targets.Select(target => new EventDyad(source, target, e.Code, e.Date, e.Place))))];

    /// <summary>
    /// The dyads a run emits as facts: negated and hypothetical events are not emitted, and neither are actors
    /// without a code. <paramref name="code"/> turns the CAMEO code into the code scored (null: the event has none
    /// and is not emitted in that vocabulary).
    /// </summary>
    public static ImmutableArray<EventDyad> Emitted(IEnumerable<CodedEvent> events, Func<string, string?> code) =>
        [.. events.Where(e => e.IsCoded).SelectMany(e => code(e.CameoCode) is { } scored
            ? e.Sources.Where(s => s.Code is not null).SelectMany(source => e.Targets.Where(t => t.Code is not null)
                .Select(target => new EventDyad(source.Code!, target.Code!, scored, e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Place?.Place.Name)))
            : [])];
}
