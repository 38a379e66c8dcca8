using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// One record per real event: within a story, events with the same date, source codes, target codes, CAMEO code
/// and modality are one event reported several times ("the two presidents met" in the lead and again in the
/// text); the first keeps its place and gathers every mention's trigger as its evidence. Within a sentence, an
/// event that names a party only by its country where another event of the same code names its government is
/// that event named twice ("received the Emir, who is in Russia on an official visit": RUSGOV and RUS host him);
/// another sector is another party ("praised the Russian forces and expressed support for Russia").
/// Announced acts are not: "will meet Maduro, who will pay a visit to Russia" announces a meeting and a visit, both 036.
/// </summary>
public static class EventMerger
{
    /// <summary>What makes two records the same event: date, codes on each side, CAMEO code, negation and modality.</summary>
    public static string Key(CodedEvent coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return string.Join(
            '|',
            coded.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            string.Join('+', coded.Sources.Select(a => a.Code).Order(StringComparer.Ordinal)),
            string.Join('+', coded.Targets.Select(a => a.Code).Order(StringComparer.Ordinal)),
            coded.CameoCode,
            coded.Negated ? "negated" : "",
            coded.Modality.ToString());
    }

    public static ImmutableArray<CodedEvent> Merge(ImmutableArray<CodedEvent> events)
    {
        var merged = new List<CodedEvent>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var coded in events)
        {
            var key = Key(coded);
            if (byKey.TryGetValue(key, out var index))
            {
                merged[index] = merged[index] with { Evidence = merged[index].Evidence.AddRange(coded.Evidence) };
            }
            else
            {
                byKey[key] = merged.Count;
                merged.Add(coded);
            }
        }

        return [.. merged.Where(coded => !merged.Any(other => !ReferenceEquals(other, coded) && IsNamedMorePreciselyBy(coded, other)))];
    }

    private static bool IsNamedMorePreciselyBy(CodedEvent coded, CodedEvent other) =>
        other.Sentence == coded.Sentence
        && other.CameoCode == coded.CameoCode
        && other.Negated == coded.Negated
        && other.Modality == coded.Modality
        && coded.Modality != Modality.Intended
        && Key(other) != Key(coded)
        && Covers(other.Sources, coded.Sources)
        && Covers(other.Targets, coded.Targets);

    /// <summary>Whether every actor of <paramref name="named"/> is one of <paramref name="precise"/> or the bare country of one's government.</summary>
    private static bool Covers(ImmutableArray<Actor> precise, ImmutableArray<Actor> named) =>
        named.Length == precise.Length
        && named.All(a => precise.Any(p => p.Code == a.Code || (a.Code == a.Country && p.Code == a.Country + "GOV")));
}
