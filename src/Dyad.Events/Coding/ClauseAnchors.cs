namespace Dyad.Events.Coding;

/// <summary>
/// Whether a word of a sentence (a date, a place) belongs to a predicate's own clause: walking up the tree from it
/// reaches the predicate, or for an event noun the verb it is the object or subject of, without leaving through a
/// subordinate, relative, complement or coordinated clause.
/// </summary>
internal static class ClauseAnchors
{
    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal)
    {
        "ccomp", "advcl", "acl:relcl", "acl", "parataxis", "conj", "csubj", "xcomp", "advcl:relcl",
    };

    /// <summary>The predicate word and, for an event noun, its light verb.</summary>
    public static List<int> Of(SentenceTree tree, int word)
    {
        var anchors = new List<int> { word };
        var head = tree.Head(word);
        if (tree[word].Upos == "NOUN" && head >= 0 && tree.Relation(word) is "obj" or "nsubj" or "nsubj:pass")
        {
            anchors.Add(head);
        }

        return anchors;
    }

    /// <summary>The sentence word that holds character <paramref name="start"/>, or -1.</summary>
    public static int TokenAt(SentenceTree tree, int start)
    {
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.Token(i).End > start)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Reach(SentenceTree tree, int token, List<int> anchors)
    {
        var current = token;
        for (var steps = 0; steps < tree.Count && current >= 0; steps++)
        {
            if (anchors.Contains(current))
            {
                return true;
            }

            if (ClauseBoundaries.Contains(tree.Relation(current)))
            {
                return false;
            }

            current = tree.Head(current);
        }

        return false;
    }
}
