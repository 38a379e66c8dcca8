using System.Text;
using Dyad.Core.Stories;
using Dyad.Testing;

namespace Dyad.Text.Tests;

public sealed class TextAnalyzerTests
{
    private const string SeedPath = "corpora/news/seed/tass-2023-05-08-putin-japarov.txt";

    private static readonly string[] Fragments =
    [
        "Mr.", "Putin", "don't", "U.S.", "3.5", "1,000", "9/11", "\"", "“", "”", "’s", "(", ")", "...", "…", "--", "—",
        "all-girl", "co-founder", "https://tass.com/a.html", "a@b.ru", ":-)", "!!", "?", ".", ",", "gonna", "cannot",
        "V.", "Jan.", "No.", "5", "'", "`", "$", "%", "#tag", "[...]", "Chi-wai", "dont", "ĉu", "naïve", "日本",
        " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "x", "MOSCOW,", "May", "8.", "/TASS/.",
    ];

    public static TheoryData<string> VariedTexts()
    {
        var data = new TheoryData<string>
        {
            "",
            "   ",
            "MOSCOW, May 8. /TASS/. Russia and Kyrgyzstan agreed.\nThe talks went on.",
            "\"Why?\" he asked... (Nobody knew.) Mr. Smith's U.S.-based firm — co-founded in 1999 — didn't say.",
            "a.b.c.d. ... .. . !?!? '' `` ''quoted'' ---- ==== ****",
        };
        var random = new Random(20230508);
        for (var i = 0; i < 40; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 60);
            for (var j = 0; j < length; j++)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            data.Add(text.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VariedTexts))]
    public void Analyze_AnyText_TokensAreLosslessAndSentencesCoverThem(string text)
    {
        var story = TextAnalyzer.Analyze(new Story { Id = "t", Date = new DateOnly(2023, 5, 8), Text = text });
        var start = story.Dateline?.Span.End ?? 0;

        var position = start;
        foreach (var token in story.Tokens)
        {
            Assert.True(token.Start >= position, $"token at {token.Start} overlaps or precedes {position}");
            Assert.True(token.End > token.Start, "empty token");
            Assert.True(text.AsSpan(position, token.Start - position).IsWhiteSpace(), $"non-space text skipped before {token.Start}");
            Assert.False(token.Slice(text).ContainsAny(" \t\n\r\u00a0"), $"whitespace inside token '{token.ToString(text)}'");
            position = token.End;
        }

        Assert.True(text.AsSpan(position).IsWhiteSpace(), "non-space text left after the last token");

        var next = 0;
        foreach (var sentence in story.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(story.Tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(story.Tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
            next += sentence.TokenCount;
        }

        Assert.Equal(story.Tokens.Length, next);
    }

    [Theory]
    [InlineData("1-", 100_000)]
    [InlineData("ab-", 100_000)]
    [InlineData("U.", 100_000)]
    [InlineData("x,", 100_000)]
    public void Analyze_OneHugeChunk_TokenizesItWhole(string unit, int repeat)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeat)) + " end.";

        var story = TextAnalyzer.Analyze(new Story { Id = "t", Text = text });

        Assert.Equal(text.Length, story.Tokens[^1].End);
        Assert.Equal(text.Length, story.Sentences[^1].End);
    }

    [Fact]
    public void Analyze_StoryWithDateline_SentencesStartAfterIt()
    {
        const string text = "MOSCOW, May 8. /TASS/. Russia and Kyrgyzstan agreed.\nThe talks went on.";

        var story = TextAnalyzer.Analyze(new Story { Id = "t", Date = new DateOnly(2023, 5, 8), Text = text });

        Assert.Equal("MOSCOW", story.Dateline?.Place);
        Assert.Equal(["Russia and Kyrgyzstan agreed.", "The talks went on."], story.Sentences.Select(s => s.Span.ToString(text)));
        Assert.Equal("Russia", story.Tokens[0].ToString(text));
    }

    [Fact]
    public void Analyze_FindDatelineOff_TreatsTheDatelineAsText()
    {
        const string text = "MOSCOW, May 8. /TASS/. Russia agreed.";

        var story = TextAnalyzer.Analyze(new Story { Id = "t", Text = text }, TextOptions.Default with { FindDateline = false });

        Assert.Null(story.Dateline);
        Assert.Equal("MOSCOW", story.Tokens[0].ToString(text));
    }

    [SharedFact(SeedPath)]
    public void Analyze_SeedStory_FindsTassDatelineAndSevenSentences()
    {
        var raw = File.ReadAllText(SharedData.PathOf(SeedPath)).TrimStart();
        const string prefix = "date 2023-05-08 ";
        Assert.StartsWith(prefix, raw, StringComparison.Ordinal);
        var story = new Story { Id = "seed", Date = new DateOnly(2023, 5, 8), Text = raw[prefix.Length..] };

        var analyzed = TextAnalyzer.Analyze(story);

        Assert.NotNull(analyzed.Dateline);
        Assert.Equal("MOSCOW", analyzed.Dateline.Place);
        Assert.Equal("TASS", analyzed.Dateline.Agency);
        Assert.Equal(new DateOnly(2023, 5, 8), analyzed.Dateline.Date);
        Assert.Equal(7, analyzed.Sentences.Length);
        Assert.All(analyzed.Sentences, s => Assert.True(s.Start >= analyzed.Dateline.Span.End));
    }
}
