namespace Dyad.Events.Coding;

/// <summary>
/// "expressed her condolences and asked Putin to convey her sympathy to the families": asking someone to pass a
/// message on is no appeal to them but the way the message reaches its addressees, whom they represent. The message
/// (condolences, greetings, support) is what is coded, as the asker's own and as said, not merely asked for; when
/// it names no addressee of its own, the one asked to pass it on is its target.
/// </summary>
internal static class ClauseRelay
{
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal) { "ask", "request" };

    private static readonly HashSet<string> PassingVerbs = new(StringComparer.Ordinal) { "convey", "pass", "transmit", "relay", "forward" };

    /// <summary>Whether <paramref name="verb"/> asks someone to pass a message on ("asked Putin to convey ...").</summary>
    public static bool IsRelayRequest(SentenceTree tree, int verb) =>
        AskingVerbs.Contains(tree.Lemma(verb)) && tree.Children(verb, "xcomp").Any(c => PassingVerbs.Contains(tree.Lemma(c)));

    /// <summary>The request that <paramref name="verb"/> is the message-passing of ("asked X to [convey]"), or -1.</summary>
    public static int RequestOf(SentenceTree tree, int verb)
    {
        var head = tree.Head(verb);
        return head >= 0 && tree.Relation(verb) == "xcomp" && IsRelayRequest(tree, head) ? head : -1;
    }

    /// <summary>
    /// The word heading the phrase of the one asked to pass on a message, when <paramref name="verb"/> passes it on
    /// or is coordinated with such a request ("expressed condolences and asked X to convey"); -1 otherwise.
    /// </summary>
    public static int AddresseeOf(SentenceTree tree, int verb)
    {
        if (RequestOf(tree, verb) is >= 0 and var request)
        {
            return Asked(tree, request);
        }

        var head = tree.Relation(verb) == "conj" ? tree.Head(verb) : verb;
        var clause = head < 0 ? [verb] : tree.Children(head, "conj").Prepend(head);
        return clause.Where(v => IsRelayRequest(tree, v)).Select(v => Asked(tree, v)).FirstOrDefault(a => a >= 0, -1);
    }

    private static int Asked(SentenceTree tree, int request) =>
        tree.Children(request).FirstOrDefault(c => tree.Relation(c) is "iobj" or "obj", -1);
}
