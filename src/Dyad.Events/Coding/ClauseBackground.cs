namespace Dyad.Events.Coding;

/// <summary>
/// An event named as what someone is thanked, congratulated or condoled for ("thanked Putin for Russia's help in
/// freeing the citizen", "congratulated him on winning the election") is background to the thanks, not new
/// information, and is not coded (../shared/gold/GUIDELINES.md).
/// </summary>
internal static class ClauseBackground
{
    private static readonly HashSet<string> Acknowledgements = new(StringComparer.Ordinal)
    {
        "thank", "thanks", "gratitude", "congratulate", "congratulation", "condolence", "sympathy",
    };

    private static readonly HashSet<string> Grounds = new(StringComparer.Ordinal) { "for", "on", "over" };

    /// <summary>
    /// Whether <paramref name="word"/> lies in the "for", "on" or "over" phrase of a word of thanks or condolence, or in
    /// its "in ...ing" clause ("thanked him for his help in freeing", parsed with "freeing" on "thanked").
    /// </summary>
    public static bool IsBackground(SentenceTree tree, int word)
    {
        var current = word;
        for (var depth = 0; depth < 6 && current >= 0; depth++)
        {
            var head = tree.Head(current);
            if (head < 0)
            {
                return false;
            }

            var ground = tree.CaseOf(current) ?? tree.Children(current, "mark").Select(tree.Lower).FirstOrDefault();
            var isGround = ground is not null && (Grounds.Contains(ground) || (ground == "in" && tree.Relation(current) == "advcl"));
            if (tree.BaseRelation(current) is "obl" or "nmod" or "advcl" && isGround && Acknowledgements.Contains(tree.Lemma(head)))
            {
                return true;
            }

            current = head;
        }

        return false;
    }
}
