using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests;

/// <summary>Trees written by hand, so that a rule is tested on the parse it reads whatever the shipped model gives.</summary>
internal static class ParsedSentence
{
    /// <summary>A one-sentence story with the parse given word by word: (word, upos, head, relation).</summary>
    public static SentenceTree Of(params (string Word, string Upos, int Head, string Relation)[] words) => new(StoryOf(words), 0);

    /// <summary>The one-sentence story of <see cref="Of"/>, for tests that add annotations to it.</summary>
    public static Story StoryOf(params (string Word, string Upos, int Head, string Relation)[] words)
    {
        var text = string.Join(' ', words.Select(w => w.Word));
        var tokens = new List<Token>();
        var at = 0;
        foreach (var (word, _, _, _) in words)
        {
            tokens.Add(new Token(at, at + word.Length));
            at += word.Length + 1;
        }

        return new Story
        {
            Id = "s",
            Text = text,
            Sentences = [new Sentence(0, text.Length, 0, words.Length)],
            Tokens = [.. tokens],
            Syntax = [.. words.Select(w => new TokenSyntax(w.Upos, "_", w.Word.ToLowerInvariant(), "_", w.Head, w.Relation))],
        };
    }
}
