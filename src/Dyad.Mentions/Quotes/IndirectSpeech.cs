using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// Finds paraphrased speech in the parse: a verb of saying with a clausal complement ("X said that …", "the document
/// noted that …"). The speaker is the verb's nominal subject; a passive or expletive subject ("it was pointed out
/// that") names nobody, so that speech is left out, as is a negated verb ("did not say which …"). The reported words
/// are the verb's complements without "that".
/// </summary>
internal static class IndirectSpeech
{
    public static IEnumerable<QuoteCandidate> Find(Story story)
    {
        if (story.Syntax.Length != story.Tokens.Length)
        {
            yield break;
        }

        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var tree = new DependencyTree(story, s);
            for (var verb = 0; verb < tree.Count; verb++)
            {
                if (Read(tree, verb) is { } reported)
                {
                    yield return new QuoteCandidate(
                        story.Tokens[tree.Global(reported.First)].Start,
                        story.Tokens[tree.Global(reported.Last)].End,
                        s,
                        QuoteKind.Indirect,
                        tree.Global(reported.SpeakerFirst),
                        tree.Global(reported.SpeakerLast) + 1);
                }
            }
        }
    }

    /// <summary>
    /// The reported words of <paramref name="verb"/> and its speaker, sentence tokens inclusive; null when it is no
    /// saying verb with a complement, is negated ("did not say which …"), or has no nominal subject.
    /// </summary>
    private static (int First, int Last, int SpeakerFirst, int SpeakerLast)? Read(DependencyTree tree, int verb)
    {
        if (!SaidWords.IsSayingLemma(tree[verb].Lemma) || tree[verb].Upos is not ("VERB" or "AUX"))
        {
            return null;
        }

        int first = int.MaxValue, last = -1;
        var negated = false;
        foreach (var child in tree.Children(verb))
        {
            if (tree[child].Relation == "ccomp" && child > verb)
            {
                var (from, to) = tree.Extent(child);
                first = Math.Min(first, from);
                last = Math.Max(last, to);
            }

            negated |= tree[child].Lemma is "not" or "never" or "n't";
        }

        var subject = tree.Child(verb, "nsubj");
        if (last < 0 || negated || subject < 0 || (tree[subject].Upos == "PRON" && tree[subject].Lemma.Equals("it", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        while (first - 1 > verb && IsMisattachedPart(tree, verb, first - 1))
        {
            first--;
        }

        while (first < last && (tree[first].Relation is "mark" or "punct" || tree[first].Lemma.Equals("that", StringComparison.OrdinalIgnoreCase)))
        {
            first++;
        }

        while (last > first && tree[last].Relation == "punct")
        {
            last--;
        }

        var (speakerFirst, speakerLast) = tree.Extent(subject);
        return (first, last, speakerFirst, speakerLast);
    }

    /// <summary>
    /// A token between the verb and its complement that belongs to the reported clause though the parser hung it on
    /// the verb: a subject, object, auxiliary or "that" ("said talks would resume": "talks" as the verb's object). The
    /// object of "tell" is the listener ("told reporters that"), and a phrase like "in a statement" is not reported.
    /// </summary>
    private static bool IsMisattachedPart(DependencyTree tree, int verb, int t)
    {
        var top = t;
        while (top >= 0 && tree[top].Head != verb)
        {
            top = tree[top].Head;
        }

        return top >= 0 && tree[top].Relation switch
        {
            "nsubj" or "nsubj:pass" or "aux" or "mark" or "expl" => true,
            "obj" => !tree[verb].Lemma.Equals("tell", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
