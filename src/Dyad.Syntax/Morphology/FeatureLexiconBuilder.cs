using Dyad.Syntax.Tagging;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Morphology;

/// <summary>Counts FEATS values per word and tag in treebank sentences and keeps the most frequent.</summary>
internal static class FeatureLexiconBuilder
{
    public static FeatureLexicon Build(IReadOnlyList<TreebankSentence> sentences, TagSet tags)
    {
        var byWord = new Dictionary<(string Form, int Tag), Dictionary<string, int>>();
        var byTag = new Dictionary<string, int>[tags.Count];
        for (var t = 0; t < byTag.Length; t++)
        {
            byTag[t] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var tag = tags.Joint[sentence.Tag(i)];
                var features = WithoutVoice(sentence.Feats[i]);
                var key = (sentence.Forms[i].ToLowerInvariant(), tag);
                if (!byWord.TryGetValue(key, out var counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    byWord.Add(key, counts);
                }

                counts[features] = counts.GetValueOrDefault(features) + 1;
                byTag[tag][features] = byTag[tag].GetValueOrDefault(features) + 1;
            }
        }

        var words = new Dictionary<(string Form, int Tag), string>();
        foreach (var (key, counts) in byWord)
        {
            words.Add(key, Best(counts));
        }

        return new FeatureLexicon(words, [.. byTag.Select(counts => counts.Count == 0 ? "_" : Best(counts))]);
    }

    internal static string WithoutVoice(string features)
    {
        if (!features.Contains("Voice=", StringComparison.Ordinal))
        {
            return features;
        }

        var kept = features.Split('|').Where(f => !f.StartsWith("Voice=", StringComparison.Ordinal)).ToArray();
        return kept.Length == 0 ? "_" : string.Join('|', kept);
    }

    private static string Best(Dictionary<string, int> counts)
    {
        var best = "_";
        var bestCount = -1;
        foreach (var (features, count) in counts)
        {
            if (count > bestCount)
            {
                best = features;
                bestCount = count;
            }
        }

        return best;
    }
}
