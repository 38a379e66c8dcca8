using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// The authors of a document that speaks ("the joint statement said"): the story's actors who issued it. A noun
/// that refers back ("the document", "the text") takes the authors of the last document that spoke before it.
/// Otherwise the document noun is looked up where the story first uses it ("… noted …, according to a joint
/// statement"); the authors are the coded actors before that sentence's main verb (its subject, in a news
/// sentence), else before the noun. Only actors with a country or organisation count (not a bare "the presidents"),
/// and a code that merely begins another author's is dropped ("KGZ" beside "KGZGOV").
/// </summary>
internal sealed class DocumentAuthors(Story story)
{
    private ImmutableArray<string> _last = [];

    /// <summary>The authors when the speaker tokens [first, end) name a document; empty when they name a person or organisation.</summary>
    public ImmutableArray<string> Of(int first, int end)
    {
        var noun = -1;
        for (var t = first; t < end; t++)
        {
            if (SaidWords.IsDocument(StoryTokens.Word(story, t)))
            {
                noun = t;
            }
        }

        if (noun < 0 || StoryTokens.ActorsIn(story, story.Tokens[first].Start, story.Tokens[end - 1].End).Any(a => a.Code is not null && a.Country is not null))
        {
            return [];
        }

        var word = StoryTokens.Word(story, noun);
        var authors = SaidWords.IsAnaphoricDocument(word) && !_last.IsEmpty ? _last : FromFirstMention(TextFold.Fold(word), noun);
        if (!authors.IsEmpty)
        {
            _last = authors;
        }

        return authors;
    }

    private ImmutableArray<string> FromFirstMention(string noun, int fallback)
    {
        var at = Enumerable.Range(0, fallback + 1).First(t => TextFold.Fold(StoryTokens.Word(story, t)) == noun);
        var s = StoryTokens.SentenceAt(story, story.Tokens[at].Start);
        if (s < 0)
        {
            return [];
        }

        var actors = story.Actors.Where(a => a.Sentence == s && a.Code is not null && a.Country is not null).ToList();
        var before = story.Tokens[at].Start;
        if (story.Syntax.Length == story.Tokens.Length)
        {
            var tree = new DependencyTree(story, s);
            var root = tree.Root();
            if (root >= 0 && story.Tokens[tree.Global(root)].Start < before && actors.Any(a => a.End <= story.Tokens[tree.Global(root)].Start))
            {
                before = story.Tokens[tree.Global(root)].Start;
            }
        }

        return Codes(actors.Where(a => a.End <= before));
    }

    private static ImmutableArray<string> Codes(IEnumerable<Actor> actors)
    {
        var codes = actors.Select(a => a.Code!).Distinct(StringComparer.Ordinal).ToList();
        return [.. codes.Where(c => !codes.Any(other => other.Length > c.Length && other.StartsWith(c, StringComparison.Ordinal)))];
    }
}
