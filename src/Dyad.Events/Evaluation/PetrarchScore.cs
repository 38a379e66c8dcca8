using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>The PETRARCH validation score: per category (in file order) and in total, with every record scored.</summary>
public sealed record PetrarchScore(ImmutableArray<(string Category, EventTally Tally)> Categories, EventTally Total, ImmutableArray<ScoredItem> Items);
