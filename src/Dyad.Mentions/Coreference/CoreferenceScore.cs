namespace Dyad.Mentions.Coreference;

/// <summary>
/// Link scores against gold coreference. <see cref="Links"/> predicted links, <see cref="Correct"/> of them with
/// both mentions in one gold entity; <see cref="GoldLinks"/> gold anaphors, <see cref="Recalled"/> of them found.
/// The rest says where the wrong links and the misses come from.
/// </summary>
public sealed record CoreferenceScore
{
    public int Documents { get; init; }

    public int Links { get; init; }

    public int Correct { get; init; }

    public int GoldLinks { get; init; }

    public int Recalled { get; init; }

    public int PronounLinks { get; init; }

    public int PronounCorrect { get; init; }

    public int DescriptionLinks { get; init; }

    public int DescriptionCorrect { get; init; }

    /// <summary>Wrong links whose anaphor is no gold mention (a pleonastic "it", a generic "they").</summary>
    public int AnaphorNotGold { get; init; }

    /// <summary>Wrong links whose antecedent is no gold mention.</summary>
    public int AntecedentNotGold { get; init; }

    /// <summary>Wrong links between two gold mentions of different entities.</summary>
    public int WrongEntity { get; init; }

    /// <summary>Missed gold anaphors whose entity has no actor mention before them, which the resolver needs.</summary>
    public int MissedWithoutActor { get; init; }

    public double Precision => Links == 0 ? 0 : (double)Correct / Links;

    public double Recall => GoldLinks == 0 ? 0 : (double)Recalled / GoldLinks;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
