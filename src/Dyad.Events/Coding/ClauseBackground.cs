namespace Dyad.Events.Coding;

/// <summary>
/// Events that are background, not new information, and are not coded (../shared/gold/GUIDELINES.md): what someone
/// is thanked, congratulated or condoled for ("thanked Putin for Russia's help in freeing the citizen",
/// "congratulated him on winning the election"), and what a main clause tells in the past perfect, before the
/// story's own events ("Before this, the two presidents had met on the sidelines of the summit").
/// </summary>
internal static class ClauseBackground
{
    private static readonly HashSet<string> Acknowledgements = new(StringComparer.Ordinal)
    {
        "thank", "thanks", "gratitude", "congratulate", "congratulation", "condolence", "sympathy",
    };

    private static readonly HashSet<string> Grounds = new(StringComparer.Ordinal) { "for", "on", "over" };

    public static bool IsBackground(SentenceTree tree, int word) => IsAcknowledged(tree, word) || IsPastPerfectMainClause(tree, word);

    /// <summary>
    /// Whether the verb of <paramref name="word"/> (the word itself, or the verb an event noun is the object of) is a
    /// past perfect ("had met", "had held talks") heading the sentence or one of its coordinated main clauses; in a
    /// reported clause ("said that they had agreed") the past perfect is only the shifted tense of what is reported.
    /// </summary>
    private static bool IsPastPerfectMainClause(SentenceTree tree, int word)
    {
        var verb = tree[word].Upos == "NOUN" && tree.Relation(word) is "obj" or "nsubj:pass" ? tree.Head(word) : word;
        if (verb < 0 || tree[verb].Xpos != "VBN" || !tree.Children(verb, "aux").Any(a => tree.Lower(a) == "had"))
        {
            return false;
        }

        var clause = verb;
        while (tree.Relation(clause) == "conj" && tree.Head(clause) >= 0)
        {
            clause = tree.Head(clause);
        }

        return tree.Relation(clause) == "root";
    }

    /// <summary>
    /// Whether <paramref name="word"/> lies in the "for", "on" or "over" phrase of a word of thanks or condolence, or in
    /// its "in ...ing" clause ("thanked him for his help in freeing", parsed with "freeing" on "thanked").
    /// </summary>
    private static bool IsAcknowledged(SentenceTree tree, int word)
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
