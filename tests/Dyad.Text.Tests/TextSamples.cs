using Dyad.Core.Stories;

namespace Dyad.Text.Tests;

/// <summary>Runs the text stage on a string, without dateline detection, and gives the tokens and sentences as text.</summary>
internal static class TextSamples
{
    private static readonly TextOptions NoDateline = TextOptions.Default with { FindDateline = false };

    public static Story Analyze(string text, TextOptions? options = null) =>
        TextAnalyzer.Analyze(new Story { Id = "t", Text = text }, options ?? NoDateline);

    public static string[] Tokens(string text, TextOptions? options = null) =>
        [.. Analyze(text, options).Tokens.Select(t => t.ToString(text))];

    public static string[] Sentences(string text) =>
        [.. Analyze(text).Sentences.Select(s => s.Span.ToString(text))];
}
