namespace Dyad.Events.Coding;

/// <summary>
/// "Putin instructed the Government to render aid to X": an order to a body of the giver's own (one that names no
/// country, such as "the Government" or "the ministry", or names the giver's) is the giver's decision, coded as the
/// act ordered, from the giver, as CAMEO codes "ordered the withdrawal of troops" as the withdrawal. An order to
/// another party ("instructed Japarov to ...") stays an appeal.
/// </summary>
internal static class ClauseInstruction
{
    private static readonly HashSet<string> OrderingVerbs = new(StringComparer.Ordinal)
    {
        "instruct", "order", "direct", "task", "commission", "authorise", "authorize",
    };

    /// <summary>
    /// The ordering verb whose complement <paramref name="word"/> is, or is joined to ("instructed X to render aid and
    /// provide funds"), with the word heading the one ordered; null when the word is no such complement.
    /// </summary>
    public static (int Verb, int Ordered)? Of(SentenceTree tree, int word)
    {
        var complement = tree.Relation(word) == "conj" && tree.Head(word) >= 0 ? tree.Head(word) : word;
        var order = tree.Head(complement);
        // "instructed X to provide", with "to provide" parsed as an adverbial clause: an order's "to" clause is what it orders.
        var isComplement = tree.Relation(complement) == "xcomp" || (tree.Relation(complement) == "advcl" && tree.IsMarkedBy(complement, "to"));
        if (order < 0 || !isComplement || !OrderingVerbs.Contains(tree.Lemma(order)))
        {
            return null;
        }

        var ordered = tree.Children(order, "obj").FirstOrDefault(-1);
        return ordered >= 0 ? (order, ordered) : null;
    }
}
