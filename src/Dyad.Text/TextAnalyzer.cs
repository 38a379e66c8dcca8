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
        var dateline = options.FindDateline ? DatelineParser.Parse(text, story.Date) : null;
        var tokens = ImmutableArray.CreateBuilder<Token>((text.Length / 5) + 1);
        var sentences = ImmutableArray.CreateBuilder<Sentence>((text.Length / 100) + 1);
        var p = dateline?.Span.End ?? 0;
        while (p < text.Length)
        {
            var lineEnd = text.IndexOf('\n', p);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var first = tokens.Count;
            Tokenizer.Tokenize(text, p, lineEnd, options, tokens);
            SentenceSplitter.Split(text, tokens, first, sentences);
            p = lineEnd + 1;
        }

        return story with { Dateline = dateline, Sentences = sentences.DrainToImmutable(), Tokens = tokens.DrainToImmutable() };
    }
}
