namespace Dyad.Events.Coding;

/// <summary>
/// "I would like to thank you", "we would like to apologise", "let me congratulate you": a speaker who says he would
/// like to thank, apologise or congratulate does so in saying it, so the act is made, not intended.
/// Only acts done by words count; "would like to visit Moscow" stays an intent.
/// </summary>
internal static class PoliteSpeechActs
{
    private static readonly HashSet<string> ActsDoneBySaying = new(StringComparer.Ordinal)
    {
        "apologise", "apologize", "congratulate", "convey", "express", "extend", "greet", "thank", "welcome", "wish",
    };

    /// <summary>Whether <paramref name="word"/> is such an act, the infinitive of "would like" or of "let me".</summary>
    public static bool IsPerformed(SentenceTree tree, int word)
    {
        var governor = tree.Head(word);
        if (governor < 0 || tree.Relation(word) != "xcomp" || !ActsDoneBySaying.Contains(tree.Lemma(word)))
        {
            return false;
        }

        return tree.Lemma(governor) switch
        {
            "like" => tree.Children(governor, "aux").Any(a => tree.Lemma(a) is "would" or "'d"),
            "let" => tree.Children(governor, "obj").Any(o => tree.Lower(o) is "me" or "us"),
            _ => false,
        };
    }
}
