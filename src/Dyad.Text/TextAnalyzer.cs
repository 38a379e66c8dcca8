using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Text.Datelines;
using Dyad.Text.Sentences;
using Dyad.Text.Tokens;

namespace Dyad.Text;

/// <summary>
/// The text stage: finds a story's dateline, then splits the rest of its text into sentences and tokens. Each
/// line is a paragraph, and a paragraph break always ends a sentence.
/// </summary>
public static class TextAnalyzer
{
    public static Story Analyze(Story story) => Analyze(story, TextOptions.Default);

    public static Story Analyze(Story story, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(options);
        var text = story.Text;
        var bodyStart = Math.Clamp(story.BodyStart, 0, text.Length);
        var dateline = options.FindDateline ? FindDateline(text, bodyStart, story.Date) : null;
        var tokens = ImmutableArray.CreateBuilder<Token>((text.Length / 5) + 1);
        var sentences = ImmutableArray.CreateBuilder<Sentence>((text.Length / 100) + 1);
        Segment(text, 0, bodyStart, options, tokens, sentences);
        Segment(text, dateline?.Span.End ?? bodyStart, text.Length, options, tokens, sentences);
        return story with { Dateline = dateline, Sentences = sentences.DrainToImmutable(), Tokens = tokens.DrainToImmutable() };
    }

    /// <summary>The dateline at the start of the body; a body after a title and lead is parsed on its own and the span shifted back.</summary>
    private static Dateline? FindDateline(string text, int bodyStart, DateOnly? storyDate)
    {
        if (bodyStart == 0)
        {
            return DatelineParser.Parse(text, storyDate);
        }

        var found = DatelineParser.Parse(text[bodyStart..], storyDate);
        return found is null
            ? null
            : found with { Span = new TextSpan(found.Span.Start + bodyStart, found.Span.End + bodyStart) };
    }

    private static void Segment(
        string text,
        int start,
        int end,
        TextOptions options,
        ImmutableArray<Token>.Builder tokens,
        ImmutableArray<Sentence>.Builder sentences)
    {
        var p = start;
        while (p < end)
        {
            var lineEnd = text.IndexOf('\n', p, end - p);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            var first = tokens.Count;
            Tokenizer.Tokenize(text, p, lineEnd, options, tokens);
            SentenceSplitter.Split(text, tokens, first, sentences);
            p = lineEnd + 1;
        }
    }
}
