namespace Dyad.Events.Coding;

/// <summary>
/// "expressed her condolences and asked Putin to convey her sympathy to the families": asking someone to pass a
/// message on is no appeal to them but the way the message reaches its addressees, whom they represent; the
/// message (condolences, greetings, support) is what is coded, and when it names no addressee of its own, the one
/// asked to pass it on is its target.
/// </summary>
internal static class ClauseRelay
{
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal) { "ask", "request" };

    private static readonly HashSet<string> PassingVerbs = new(StringComparer.Ordinal) { "convey", "pass", "transmit", "relay", "forward" };

    /// <summary>Whether <paramref name="verb"/> asks someone to pass a message on ("asked Putin to convey ...").</summary>
    public static bool IsRelayRequest(SentenceTree tree, int verb) =>
        AskingVerbs.Contains(tree.Lemma(verb)) && tree.Children(verb, "xcomp").Any(c => PassingVerbs.Contains(tree.Lemma(c)));

    /// <summary>
    /// The word heading the phrase of the one asked to pass on a message, when <paramref name="verb"/> or a verb
    /// coordinated with it is such a request; -1 otherwise.
    /// </summary>
    public static int AddresseeOf(SentenceTree tree, int verb)
    {
        var head = tree.Relation(verb) == "conj" ? tree.Head(verb) : verb;
        var clause = head < 0 ? [verb] : tree.Children(head, "conj").Prepend(head);
        foreach (var request in clause.Where(v => IsRelayRequest(tree, v)))
        {
            var asked = tree.Children(request).FirstOrDefault(c => tree.Relation(c) is "iobj" or "obj", -1);
            if (asked >= 0)
            {
                return asked;
            }
        }

        return -1;
    }
}
