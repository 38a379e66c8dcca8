using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Coding;

/// <summary>
/// "The discussion focused on …", "The conversation was held in a frank atmosphere", "Bilateral issues were
/// discussed": a consultation that names no party in a story that reports a conversation is that conversation, so it
/// is coded between the conversation's parties (<see cref="ConversationParties"/>), as ../shared/gold/GUIDELINES.md
/// codes agentless formulas in call items. Only a consultation noun that is its clause's subject, or that heads the
/// sentence unmarked (the parse reads "The discussion focused on" with the verb as a participle on the noun, where
/// "Following the meeting, …" is a time phrase), or a passive consultation verb heading a main clause is such a
/// formula: a noun inside another phrase ("the summit agenda", "on the eve of the talks") or a participle hung on
/// another clause ("while discussing Syria") may be another meeting or the act of that clause's subject. The noun
/// must name the exchange itself with nothing of its own ("The meeting was attended by ministers" or "The discussion
/// of the budget" may be another event).
/// </summary>
internal static class AgentlessConsultation
{
    private static readonly HashSet<string> ConversationNouns = new(StringComparer.Ordinal) { "conversation", "discussion", "talk", "consultation", "negotiation" };

    public static bool IsFormula(SentenceTree tree, int word, PredicateKind kind, PredicateRoles roles) =>
        kind == PredicateKind.Noun
            ? ConversationNouns.Contains(tree.Lemma(word)) && !tree.Children(word).Any(c => tree.BaseRelation(c) == "nmod")
                && (tree.Relation(word) is "nsubj" or "nsubj:pass" || (tree.Head(word) < 0 && !tree.Children(word, "case").Any()))
            : roles.IsPassive && IsMainClause(tree, word);

    private static bool IsMainClause(SentenceTree tree, int word) =>
        tree.Head(word) < 0 || (tree.Relation(word) == "conj" && IsMainClause(tree, tree.Head(word)));
}
