using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>One record as scored: its gold, the dyads expected and emitted, and how they matched.</summary>
public sealed record ScoredItem(GoldItem Gold, ImmutableArray<EventDyad> Expected, ImmutableArray<EventDyad> Emitted, DyadMatch Match);
