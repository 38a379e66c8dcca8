using Dyad.Core.Stories;
using Dyad.Mentions.Quotes;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Quotes;

public sealed class QuoteStageTests
{
    private static readonly QuoteStage Stage = new();

    [Theory]
    [InlineData("\"We will continue the talks,\" the ministry said.", "direct|the ministry|We will continue the talks")]
    [InlineData("\"The talks were useful,\" said Sergei Lavrov on Monday.", "direct|Sergei Lavrov|The talks were useful")]
    [InlineData("Lavrov said: \"The talks were useful.\"", "direct|Lavrov|The talks were useful.")]
    [InlineData("“The talks were useful,” according to the Kremlin.", "direct|the Kremlin|The talks were useful")]
    [InlineData("Russia will send more troops, according to the Kremlin.", "indirect|the Kremlin|Russia will send more troops")]
    [InlineData("According to the ministry, the talks went well.", "indirect|the ministry|the talks went well")]
    [InlineData("Putin said that Russia would send more troops.", "indirect|Putin|Russia would send more troops")]
    [InlineData("The port authority said talks with the union would resume on Monday.", "indirect|The port authority|talks with the union would resume on Monday")]
    [InlineData("Mark Rutte said on Monday that allies would discuss air defence.", "indirect|Mark Rutte|allies would discuss air defence")]
    [InlineData("The minister told reporters that the border was calm.", "indirect|The minister|the border was calm")]
    [InlineData("China and Kazakhstan signed an agreement on Wednesday, the Chinese Ministry of Commerce said.", "indirect|the Chinese Ministry of Commerce|China and Kazakhstan signed an agreement on Wednesday")]
    [InlineData("The border is calm, said the ministry.", "indirect|the ministry|The border is calm")]
    [InlineData("The border is calm, the river is high.", "")]
    [InlineData("He did not say which countries had offered new systems.", "")]
    [InlineData("The so-called \"experts\" disagreed with the plan.", "")]
    public void Process_Sentence_FindsTheQuoteAndItsSpeaker(string text, string expected)
    {
        var story = Stage.Process(MentionStories.Analyze(text));

        Assert.Equal(expected, string.Join(' ', story.Quotes.Select(q => Describe(story, q))));
    }

    [Fact]
    public void Process_PassiveSaying_HasNoQuote()
    {
        var story = Stage.Process(MentionStories.Analyze("It was also pointed out that the talks went well."));

        Assert.Empty(story.Quotes);
    }

    [Fact]
    public void Process_SpeakerIsAnActor_TakesItsCode()
    {
        var story = Stage.Process(MentionStories.Analyze("\"The talks were useful,\" Sergei Lavrov said."));

        Assert.Equal("RUSGOV", Assert.Single(story.Quotes).Speaker?.Code);
    }

    [Fact]
    public void Process_StatementSpeaks_ItsAuthorsAreTheActorsWhoAdoptedIt()
    {
        var story = Stage.Process(MentionStories.Analyze(
            "Vladimir Putin and Sadyr Japarov adopted a joint statement on Monday.\n\"Both sides value the alliance,\" the statement said."));

        var speaker = Assert.Single(story.Quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.Null(speaker.Code);
        Assert.Equal(["RUSGOV", "KGZGOV"], speaker.Authors.ToArray());
    }

    [Fact]
    public void Process_PersonSpeaks_HasNoAuthors()
    {
        var story = Stage.Process(MentionStories.Analyze("\"The talks were useful,\" Sergei Lavrov said."));

        Assert.Empty(Assert.Single(story.Quotes).Speaker!.Authors);
    }

    [SharedFact(MentionStories.SeedPath)]
    public void Process_Seed_DirectQuotesAreTheJointStatements()
    {
        var story = Stage.Process(MentionStories.Seed());

        var direct = story.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.All(direct, q =>
        {
            Assert.EndsWith("statement", story.Text[q.Speaker!.Start..q.Speaker.End], StringComparison.Ordinal);
            Assert.Equal(["RUSGOV", "KGZGOV"], q.Speaker.Authors.ToArray());
        });
        Assert.Equal([1, 5], direct.Select(q => q.Sentence));
        Assert.All(direct, q => Assert.Contains(story.Text[q.Start - 1].ToString(), "\"“", StringComparison.Ordinal));
    }

    [SharedFact(MentionStories.SeedPath)]
    public void Process_Seed_TheDocumentNotedIsTheJointStatement()
    {
        var story = Stage.Process(MentionStories.Seed());

        var noted = Assert.Single(story.Quotes, q => q.Speaker is { } s && story.Text[s.Start..s.End] == "The document");
        Assert.Equal(QuoteKind.Indirect, noted.Kind);
        Assert.Equal(["RUSGOV", "KGZGOV"], noted.Speaker!.Authors.ToArray());
    }

    private static string Describe(Story story, Quote quote) =>
        $"{quote.Kind.ToString().ToLowerInvariant()}|{(quote.Speaker is { } s ? story.Text[s.Start..s.End] : "-")}|{story.Text[quote.Start..quote.End]}";
}
