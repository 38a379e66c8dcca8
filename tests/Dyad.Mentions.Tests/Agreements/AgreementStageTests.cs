using Dyad.Core.Stories;
using Dyad.Mentions.Agreements;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Agreements;

public sealed class AgreementStageTests
{
    private static readonly AgreementStage Stage = new(new KnownAgreements(MentionStories.Knowledge.Agreements));

    [Theory]
    [InlineData("Both sides praised the Treaty on Friendship of May 30, 2000 between the two countries.", "Treaty on Friendship", "2000-05-30")]
    [InlineData("Russia and Kyrgyzstan upheld the Biological Weapons Convention.", "Biological Weapons Convention", "1972-04-10")]
    [InlineData("The ministers are drafting a memorandum of understanding between the Russian Federation and the Kyrgyz Republic on energy.", "memorandum of understanding between the Russian Federation and the Kyrgyz Republic on energy", null)]
    [InlineData("Moscow and Washington discussed the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms on Monday.", "Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms", "2010-04-08")]
    [InlineData("They agreed to start negotiations on a memorandum of understanding on plant health next month.", "memorandum of understanding on plant health", null)]
    [InlineData("They signed an agreement on trade.", "", null)]
    [InlineData("Kyrgyzstan is a member of the Collective Security Treaty Organisation.", "", null)]
    [InlineData("The Talakhovskaya TPP was opened on Monday.", "", null)]
    [InlineData("The United States withdrew from the ABM Treaty in 2002.", "ABM Treaty", "1972-05-26")]
    [InlineData("The agreement was welcomed.", "", null)]
    [InlineData("Our relations rest on our basic Treaty.", "", null)]
    [InlineData("Agreements were also signed on trade.", "", null)]
    public void Process_Sentence_FindsTheTitleAndItsDate(string text, string title, string? date)
    {
        var story = Stage.Process(MentionStories.Analyze(text));

        Assert.Equal(title, string.Join('|', story.Agreements.Select(a => a.Title)));
        Assert.Equal(date, story.Agreements.FirstOrDefault()?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("The ministers are developing a memorandum of understanding between the two cabinets.", AgreementStatus.Planned)]
    [InlineData("The two countries plan to sign the Treaty on Good Neighbourliness next year.", AgreementStatus.Planned)]
    [InlineData("The delegations continued negotiations on the Treaty on Good Neighbourliness.", AgreementStatus.UnderNegotiation)]
    [InlineData("The presidents signed the Treaty on Good Neighbourliness on Monday.", AgreementStatus.Concluded)]
    [InlineData("Troops are deployed as part of the Treaty on Good Neighbourliness.", AgreementStatus.InForce)]
    [InlineData("Both states are parties to the Biological Weapons Convention.", AgreementStatus.InForce)]
    public void Process_WordsBeforeTitle_GiveTheStatus(string text, AgreementStatus status)
    {
        var story = Stage.Process(MentionStories.Analyze(text));

        Assert.Equal(status, Assert.Single(story.Agreements).Status);
    }

    [Fact]
    public void Process_PartiesNamedInTitle_AreTheirCodes()
    {
        var story = Stage.Process(MentionStories.Analyze("They praised the Agreement between Russia and Kyrgyzstan on Trade."));

        Assert.Equal(["RUS", "KGZ"], Assert.Single(story.Agreements).Parties.ToArray());
    }

    [Fact]
    public void Process_KnownAcronym_IsLinked()
    {
        var story = Stage.Process(MentionStories.Analyze("Both states reaffirmed their commitment to the BWC on Monday."));

        var agreement = Assert.Single(story.Agreements);
        Assert.Equal("Biological Weapons Convention", agreement.KnownTitle);
        Assert.Equal(new DateOnly(1972, 4, 10), agreement.Date);
    }

    [SharedFact(MentionStories.SeedPath)]
    public void Process_Seed_FindsTheDatedAgreementsTheConventionAndThePlannedMemorandum()
    {
        var story = Stage.Process(MentionStories.Seed());

        var base2012 = Assert.Single(story.Agreements, a => a.Date == new DateOnly(2012, 9, 20));
        Assert.StartsWith("Agreement between the Russian Federation and Kyrgyzstan on the Status", base2012.Title, StringComparison.Ordinal);
        Assert.EndsWith("of the Kyrgyz Republic", base2012.Title, StringComparison.Ordinal);
        Assert.NotNull(base2012.KnownTitle);
        Assert.Equal(["RUS", "KGZ"], base2012.Parties.ToArray());
        var cooperation2017 = Assert.Single(story.Agreements, a => a.Date == new DateOnly(2017, 6, 20));
        Assert.Equal("Agreement on the Development of Military-Technical Cooperation", cooperation2017.Title);
        var convention = Assert.Single(story.Agreements, a => a.KnownTitle == "Biological Weapons Convention");
        Assert.Equal(new DateOnly(1972, 4, 10), convention.Date);
        Assert.EndsWith("and on Their Destruction", convention.Title, StringComparison.Ordinal);
        var memorandum = Assert.Single(story.Agreements, a => a.Title.StartsWith("memorandum of understanding", StringComparison.Ordinal));
        Assert.Equal(AgreementStatus.Planned, memorandum.Status);
        Assert.EndsWith("on issues of biological security", memorandum.Title, StringComparison.Ordinal);
    }
}
