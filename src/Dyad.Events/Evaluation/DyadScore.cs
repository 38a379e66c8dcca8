using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// A lenient and a strict score of the same records (<see cref="ActorMatch"/>), and on the lenient matches how many
/// also agree on the full code and on the date. <see cref="Items"/> holds the lenient matching of each record.
/// </summary>
public sealed record DyadScore(EventTally Lenient, EventTally Strict, int SameCode, int SameDate, ImmutableArray<ScoredItem> Items)
{
    public double SameCodeShare => Lenient.Correct == 0 ? 0 : (double)SameCode / Lenient.Correct;

    public double SameDateShare => Lenient.Correct == 0 ? 0 : (double)SameDate / Lenient.Correct;

    /// <summary>The lenient matches whose gold names a place.</summary>
    public int WithGoldPlace { get; init; }

    /// <summary>Of <see cref="WithGoldPlace"/>, those placed at a place of the gold's name.</summary>
    public int SamePlace { get; init; }

    public double SamePlaceShare => WithGoldPlace == 0 ? 0 : (double)SamePlace / WithGoldPlace;
}
