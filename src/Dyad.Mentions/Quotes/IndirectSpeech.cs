using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// Finds paraphrased speech in the parse: a verb of saying with a clausal complement ("X said that …", "the document
/// noted that …"). The speaker is the verb's nominal subject; a passive or expletive subject ("it was pointed out
/// that") names nobody, so that speech is left out. The reported words are the complement without its "that".
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
            var tree = new SyntaxTree(story, story.Sentences[s]);
            for (var complement = 0; complement < tree.Count; complement++)
            {
                var verb = tree[complement].Head;
                if (tree[complement].Relation != "ccomp" || verb < 0 || !SaidWords.IsSayingLemma(tree[verb].Lemma))
                {
                    continue;
                }

                var subject = tree.Child(verb, "nsubj");
                if (subject < 0 || tree[subject].Upos == "PRON" && tree[subject].Lemma.Equals("it", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var (first, last) = tree.Span(complement);
                while (first < last && tree[first].Relation is "mark" or "punct")
                {
                    first++;
                }

                while (last > first && tree[last].Relation == "punct")
                {
                    last--;
                }

                var (speakerFirst, speakerLast) = tree.Span(subject);
                yield return new QuoteCandidate(
                    story.Tokens[tree.Global(first)].Start,
                    story.Tokens[tree.Global(last)].End,
                    s,
                    QuoteKind.Indirect,
                    tree.Global(speakerFirst),
                    tree.Global(speakerLast) + 1);
            }
        }
    }
}
