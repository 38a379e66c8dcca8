using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// One record per real event: within a story, events with the same date, source codes, target codes, CAMEO code
/// and modality are one event reported several times ("the two presidents met" in the lead and again in the
/// text); the first keeps its place and gathers every mention's trigger as its evidence.
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

        return [.. merged];
    }
}
