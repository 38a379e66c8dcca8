using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>The records read from a gold file, and the problems of those that could not be read.</summary>
public sealed record GoldSet(ImmutableArray<GoldItem> Items, ImmutableArray<GoldProblem> Problems);
