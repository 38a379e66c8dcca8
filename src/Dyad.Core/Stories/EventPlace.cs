namespace Dyad.Core.Stories;

/// <summary>Where an event's place comes from: a place named in its own clause, or the story's dateline.</summary>
public enum PlaceBasis
{
    Text,
    Dateline,
}

/// <summary>An event's place: the known place, the span that names it (null for the dateline's), and its basis.</summary>
public sealed record EventPlace(ResolvedPlace Place, TextSpan? Span, PlaceBasis Basis);
