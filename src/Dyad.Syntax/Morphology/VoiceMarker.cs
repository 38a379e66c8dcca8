namespace Dyad.Syntax.Morphology;

/// <summary>
/// Adds Voice=Pass to passive participles, which only the parse can tell from perfect ones: in the training
/// treebanks a VBN is passive unless it is itself an auxiliary or copula, or has a "have" auxiliary and no
/// passive auxiliary or subject.
/// </summary>
internal static class VoiceMarker
{
    public static bool IsPassive(int word, ReadOnlySpan<string> xpos, ReadOnlySpan<string> lemmas, ReadOnlySpan<int> heads, ReadOnlySpan<string> relations)
    {
        if (xpos[word] != "VBN" || relations[word] is "aux" or "aux:pass" or "cop")
        {
            return false;
        }

        var perfect = false;
        for (var i = 0; i < heads.Length; i++)
        {
            if (heads[i] != word + 1)
            {
                continue;
            }

            if (relations[i] is "aux:pass" or "nsubj:pass" or "csubj:pass")
            {
                return true;
            }

            perfect |= relations[i] == "aux" && lemmas[i] == "have";
        }

        return !perfect;
    }

    public static string Mark(string features) =>
        features == "_" ? "Voice=Pass" : Insert(features);

    private static string Insert(string features)
    {
        var parts = features.Split('|').Append("Voice=Pass").Order(StringComparer.OrdinalIgnoreCase);
        return string.Join('|', parts);
    }
}
