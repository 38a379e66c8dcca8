using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>The outcome of matching one record's emitted dyads to its gold dyads.</summary>
public sealed record DyadMatch(ImmutableArray<(EventDyad Gold, EventDyad Emitted)> Matched, ImmutableArray<EventDyad> Uncoded, ImmutableArray<EventDyad> Extra)
{
    /// <summary>Every gold dyad matched and nothing else emitted.</summary>
    public bool IsExact => Uncoded.IsEmpty && Extra.IsEmpty;
}
