namespace Dyad.Events.Coding;

/// <summary>
/// A predicate that a speaker says someone else should or must do ("Putin pointed out that Kiev should lift the
/// blockade", "the leaders stressed that the parties must comply"): CAMEO codes the saying as an appeal ("should",
/// 02) or a demand ("must", 10) from the speaker to the one who is to act, as ../shared/gold/GUIDELINES.md makes explicit.
/// </summary>
internal static class ClauseObligation
{
    /// <summary>
    /// The verb of saying whose complement clause puts <paramref name="word"/> under "should" or "must", and
    /// whether it is "must"; null when the predicate is not such an obligation.
    /// </summary>
    public static (int Speaker, bool Must)? Of(SentenceTree tree, int word)
    {
        var current = word;
        bool? must = null;
        for (var depth = 0; depth < 4 && current >= 0; depth++)
        {
            foreach (var child in tree.Children(current).Where(c => tree.Relation(c) == "aux"))
            {
                must = tree.Lemma(child) switch
                {
                    "must" or "have" => true,
                    "should" or "ought" => must ?? false,
                    _ => must,
                };
            }

            var head = tree.Head(current);
            if (must is { } isMust && tree.Relation(current) == "ccomp" && head >= 0 && tree[head].Upos == "VERB")
            {
                return (head, isMust);
            }

            if (tree.Relation(current) is not ("xcomp" or "conj") || head < 0)
            {
                return null;
            }

            current = head;
        }

        return null;
    }
}
