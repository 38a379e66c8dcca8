using Dyad.Syntax.Tagging;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Lemmas;

/// <summary>Builds a <see cref="Lemmatizer"/> from treebank sentences: the most frequent lemma per form and tag, and suffix rules counted over distinct words.</summary>
internal static class LemmatizerBuilder
{
    public static Lemmatizer Build(IReadOnlyList<TreebankSentence> sentences, TagSet tags)
    {
        var lemmaCounts = new Dictionary<(string Form, int Tag), Dictionary<string, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var key = (sentence.Forms[i], tags.Joint[sentence.Tag(i)]);
                if (!lemmaCounts.TryGetValue(key, out var byLemma))
                {
                    byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
                    lemmaCounts.Add(key, byLemma);
                }

                byLemma[sentence.Lemmas[i]] = byLemma.GetValueOrDefault(sentence.Lemmas[i]) + 1;
            }
        }

        var known = new Dictionary<(string Form, int Tag), string>();
        var lowered = new int[tags.Count];
        var kept = new int[tags.Count];
        var ruleCounts = new Dictionary<(int Tag, string Suffix), Dictionary<LemmaRule, int>>();
        foreach (var ((form, tag), byLemma) in lemmaCounts)
        {
            var lemma = Best(byLemma);
            known.Add((form, tag), lemma);
            if (form.Any(char.IsUpper))
            {
                (lemma.Any(char.IsUpper) ? kept : lowered)[tag]++;
            }

            var rule = LemmaRule.Between(form, lemma);
            var lower = form.ToLowerInvariant();
            for (var length = 0; length <= Math.Min(Lemmatizer.LongestSuffix, lower.Length); length++)
            {
                var key = (tag, lower[^length..]);
                if (!ruleCounts.TryGetValue(key, out var byRule))
                {
                    byRule = [];
                    ruleCounts.Add(key, byRule);
                }

                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        var rules = new Dictionary<(int Tag, string Suffix), LemmaRule>();
        foreach (var (key, byRule) in ruleCounts)
        {
            rules.Add(key, Best(byRule));
        }

        var lowerCaseTags = new bool[tags.Count];
        for (var t = 0; t < tags.Count; t++)
        {
            lowerCaseTags[t] = lowered[t] + kept[t] == 0 ? tags.Upos[t] != "PROPN" : lowered[t] > kept[t];
        }

        return new Lemmatizer(known, rules, lowerCaseTags);
    }

    /// <summary>The most frequent key; ties go to the one seen first, so the result does not depend on hashing.</summary>
    private static T Best<T>(Dictionary<T, int> counts)
        where T : notnull
    {
        var best = default(T)!;
        var bestCount = -1;
        foreach (var (key, count) in counts)
        {
            if (count > bestCount)
            {
                best = key;
                bestCount = count;
            }
        }

        return best;
    }
}
