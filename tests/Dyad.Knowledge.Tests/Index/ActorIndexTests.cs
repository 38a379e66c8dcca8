using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Knowledge.Petrarch;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Index;

public sealed class ActorIndexTests
{
    private static readonly DateOnly StoryDate = new(2023, 5, 8);

    private static readonly DyadKnowledge Fixture = new(
        CountryReader.Parse(
            "# format: countries 1\n# sources: test\n" +
            "KGZ | name: Kyrgyzstan | names: Kyrgyz Republic | adjectives: Kyrgyz, Kirghiz | capital: Bishkek\n" +
            "RUS | name: Russia | names: Russian Federation | adjectives: Russian | capital: Moscow\n" +
            "USA | name: United States | names: US, U.S. | adjectives: American\n", "countries.txt").Value,
        OrganisationReader.Parse("# format: organisations 1\n# sources: test\nIGOUNO | name: United Nations | acronyms: UN | type: IGO\n", "organisations.txt").Value,
        PersonReader.Parse(
            "# format: people 1\n# sources: test\n" +
            "japarov-akylbek | name: Akylbek Japarov | roles: KGZGOV 2021-10-13..2024-12-16\n" +
            "japarov-sadyr | name: Sadyr Japarov | names: Sadyr Zhaparov, Sadyr Dzhaparov, Sadyr Žaparov | roles: KGZGOV 2020-10-14..2020-11-14, KGZGOV 2021-01-28..\n" +
            "putin-vladimir | name: Vladimir Putin | roles: RUSGOV 1999-08-09..\n", "people.txt").Value,
        AgentReader.Parse(
            "# format: agents 1\n# sources: test\n" +
            "counterpart -> *\nmilitary -> MIL\nopposition -> OPP\npresident -> GOV\nprotesters -> CVL\n", "agents.txt").Value,
        [],
        PlaceReader.Parse("# format: places 1\n# sources: test\nMoscow | country: RUS | at: 55.76 37.62 | kind: capital\n", "places.txt").Value,
        [],
        []);

    private static readonly ActorIndex Index = ActorIndex.Compile(Fixture);

    [Theory]
    [InlineData("Russian military", 0, 2, "RUSMIL", "RUS", "MIL", CodeResolution.CountryAgent)]
    [InlineData("Kyrgyz opposition", 0, 2, "KGZOPP", "KGZ", "OPP", CodeResolution.CountryAgent)]
    [InlineData("the Kyrgyz president", 1, 3, "KGZGOV", "KGZ", "GOV", CodeResolution.CountryAgent)]
    [InlineData("his Kyrgyz counterpart", 1, 3, "KGZ", "KGZ", null, CodeResolution.Counterpart)]
    [InlineData("Kyrgyz", 0, 1, "KGZ", "KGZ", null, CodeResolution.Country)]
    [InlineData("Kyrgyz Republic", 0, 2, "KGZ", "KGZ", null, CodeResolution.Country)]
    [InlineData("protesters", 0, 1, "CVL", null, "CVL", CodeResolution.AgentOnly)]
    [InlineData("Kyrgyz President Sadyr Japarov", 0, 4, "KGZGOV", "KGZ", "GOV", CodeResolution.PersonRole)]
    [InlineData("President Putin", 0, 2, "RUSGOV", "RUS", "GOV", CodeResolution.PersonRole)]
    [InlineData("Kyrgyz President Almazbek Atambayev", 0, 4, "KGZGOV", "KGZ", "GOV", CodeResolution.TitleFallback)]
    [InlineData("the UN", 1, 2, "IGOUNO", null, null, CodeResolution.Organisation)]
    public void Match_CompositionAndLongestMatch_OneMentionWithCode(string text, int start, int end, string code, string? country, string? sector, CodeResolution resolution)
    {
        var mention = Assert.Single(Index.Match(text.Split(' '), StoryDate));

        Assert.Equal((start, end, code, country, sector, resolution), (mention.Start, mention.End, mention.Code, mention.Country, mention.Sector, mention.Resolution));
        Assert.NotEmpty(mention.Sources);
    }

    [Theory]
    [InlineData("Sadyr Japarov")]
    [InlineData("Sadyr Zhaparov")]
    [InlineData("Sadyr Dzhaparov")]
    [InlineData("sadyr japarov")]
    [InlineData("SADYR ŽAPAROV")]
    [InlineData("Sadyr Zaparov")]
    public void Match_NameVariantsCaseAndDiacritics_FindTheSamePerson(string text)
    {
        var mention = Assert.Single(Index.Match(text.Split(' '), StoryDate));

        Assert.Equal(("Sadyr Japarov", "KGZGOV"), (mention.Name, mention.Code));
    }

    [Theory]
    [InlineData("Sadyr Japarov", "2023-05-08", "KGZGOV", CodeResolution.PersonRole)]
    [InlineData("Sadyr Japarov", "2021-01-28", "KGZGOV", CodeResolution.PersonRole)]
    [InlineData("Sadyr Japarov", "2021-01-27", null, CodeResolution.PersonWithoutRole)]
    [InlineData("Sadyr Japarov", "2015-01-01", null, CodeResolution.PersonWithoutRole)]
    [InlineData("Akylbek Japarov", "2023-05-08", "KGZGOV", CodeResolution.PersonRole)]
    [InlineData("Akylbek Japarov", "2024-12-17", null, CodeResolution.PersonWithoutRole)]
    [InlineData("Putin", "2010-01-01", "RUSGOV", CodeResolution.PersonRole)]
    [InlineData("Putin", "1999-08-08", null, CodeResolution.PersonWithoutRole)]
    public void Match_Person_CodeForTheStoryDate(string text, string date, string? code, CodeResolution resolution)
    {
        var mention = Assert.Single(Index.Match(text.Split(' '), DateOnly.Parse(date)));

        Assert.Equal((code, resolution), (mention.Code, mention.Resolution));
    }

    [Theory]
    [InlineData("Japarov said")]
    [InlineData("talks in Moscow")]
    [InlineData("Bishkek")]
    [InlineData("tell us")]
    public void Match_AmbiguousFamilyNamePlacesAndLowerCaseAcronyms_AreNotActors(string text) =>
        Assert.Empty(Index.Match(text.Split(' '), StoryDate));

    [Theory]
    [InlineData("Sadyr Putin said", false)]
    [InlineData("Vladimir Putin said", true)]
    [InlineData("President Putin said", true)]
    [InlineData("Mr Putin said", true)]
    public void Match_FamilyNameAfterAnotherPersonsGivenName_IsNotThatPerson(string text, bool isPutin) =>
        Assert.Equal(isPutin, Index.Match(text.Split(' '), StoryDate).Any(m => m.Code == "RUSGOV"));

    [Fact]
    public void Match_UpperCaseAcronym_IsTheCountry() =>
        Assert.Equal("USA", Assert.Single(Index.Match(["the", "US", "said"], StoryDate)).Code);

    [Fact]
    public void Match_Lemmas_TriedAlongsideTokens()
    {
        string[] tokens = ["Kyrgyz", "presidents", "met"];

        Assert.Equal("KGZ", Assert.Single(Index.Match(tokens, StoryDate)).Code);
        Assert.Equal("KGZGOV", Assert.Single(Index.Match(tokens, StoryDate, ["Kyrgyz", "president", "meet"])).Code);
    }

    [Fact]
    public void Match_Sentence_FindsEveryMentionInOrder()
    {
        var mentions = Index.Match("Putin held talks with his Kyrgyz counterpart in Moscow".Split(' '), StoryDate);

        Assert.Equal([(0, 1, "RUSGOV"), (5, 7, "KGZ")], mentions.Select(m => (m.Start, m.End, m.Code)));
    }

    [Fact]
    public void Compile_SameInputTwiceOrShuffled_GivesTheSameIndex()
    {
        var expected = Index.Describe().ToArray();
        var random = new Random(20230508);

        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = Fixture with
            {
                Countries = Fixture.Countries.OrderBy(_ => random.Next()).ToArray(),
                People = Fixture.People.OrderBy(_ => random.Next()).ToArray(),
                Agents = Fixture.Agents.OrderBy(_ => random.Next()).ToArray(),
            };

            Assert.Equal(expected, ActorIndex.Compile(shuffled).Describe());
        }

        Assert.NotEmpty(expected);
    }

    [Fact]
    public void Match_ManyThreadsOnOneIndex_SameMentionsAsOneThread()
    {
        string[][] sentences =
        [
            "Kyrgyz President Sadyr Japarov met Putin".Split(' '),
            "Russian military and Kyrgyz opposition".Split(' '),
            "his Kyrgyz counterpart and the UN".Split(' '),
        ];
        var expected = sentences.Select(s => Index.Match(s, StoryDate)).ToArray();

        var results = new IReadOnlyList<ActorMention>[300];
        Parallel.For(0, results.Length, i => results[i] = Index.Match(sentences[i % sentences.Length], StoryDate));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Length].Select(m => (m.Start, m.End, m.Code)), results[i].Select(m => (m.Start, m.End, m.Code)));
        }
    }

    [Theory]
    [InlineData("Vladimir Putin", "2023-05-08", "RUSGOV")]
    [InlineData("Vladimir Putin", "2010-01-01", "RUSGOV")]
    [InlineData("Akylbek Japarov", "2023-05-08", "KGZGOV")]
    [InlineData("Sadyr Japarov", "2015-01-01", null)]
    [InlineData("Russian defence minister", "2023-05-08", "RUSGOVMIL")]
    [InlineData("the People ’s Republic of China", "2023-05-08", "CHN")]
    [InlineData("the Republic of China", "2023-05-08", "TWN")]
    [InlineData("the US decision", "2023-05-08", "USA")]
    public void Match_BundledKnowledge_ResolvesTheSeedCases(string text, string date, string? code)
    {
        var index = ActorIndex.Compile(DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge")));

        Assert.Equal(code, Assert.Single(index.Match(text.Split(' '), DateOnly.Parse(date))).Code);
    }

    [Fact]
    public void Match_AcronymBeforeCapitalisedWords_StillNamesItsBody()
    {
        var index = ActorIndex.Compile(DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge")));

        var codes = index.Match("Putin attended the SCO Council meeting".Split(' '), new DateOnly(2017, 6, 9)).Select(m => m.Code);

        Assert.Contains("IGOSCO", codes);
    }

    [Fact]
    public void Compile_Petrarch_ComposesCountryAndAgentEitherSide()
    {
        var knowledge = new PetrarchKnowledge(
            PetrarchActorReader.Parse("RUSSIA [RUS]\n+RUSSIAN\n\nSAM_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\n", "a.actors.txt").Value,
            PetrarchAgentReader.Parse("TROOP [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n", "a.agents.txt").Value,
            [], [], [], [], []);
        var index = ActorIndex.Compile(knowledge);

        Assert.Equal("RUSMIL", Assert.Single(index.Match(["Russian", "troops"], StoryDate)).Code);
        Assert.Equal("NGORUS", Assert.Single(index.Match(["Russian", "human", "rights", "body"], StoryDate)).Code);
        Assert.Equal("HOBGOV", Assert.Single(index.Match(["Sam", "Gamgee"], new DateOnly(2013, 1, 1))).Code);
        Assert.Equal("HOB", Assert.Single(index.Match(["Sam", "Gamgee"], new DateOnly(2014, 1, 1))).Code);
    }

    [Fact]
    public void Match_PetrarchAgentAlone_SaysWhetherItsSectorGoesFirst()
    {
        var knowledge = new PetrarchKnowledge(
            PetrarchActorReader.Parse("RUSSIA [RUS]\n", "a.actors.txt").Value,
            PetrarchAgentReader.Parse("TROOP [~MIL]\nHUMAN_RIGHTS_BODY [NGO~]\n", "a.agents.txt").Value,
            [], [], [], [], []);
        var index = ActorIndex.Compile(knowledge);

        Assert.False(Assert.Single(index.Match(["troops"], StoryDate)).SectorFirst);
        Assert.True(Assert.Single(index.Match(["the", "human", "rights", "body"], StoryDate)).SectorFirst);
        Assert.Equal("NGORUS", Assert.Single(index.Match(["human", "rights", "body", "Russia"], StoryDate)).Code);
        Assert.Equal("NGORUSMIL", Assert.Single(index.Match(["human", "rights", "body", "Russia", "troops"], StoryDate)).Code);
        Assert.Equal(2, index.Match(["troops", "Russia"], StoryDate).Count);
    }

    [Theory]
    [InlineData("Al - Qaeda")]
    [InlineData("al-Qaeda")]
    [InlineData("co-founders")]
    [InlineData("co - founders")]
    public void Match_PetrarchPhraseWithHyphen_MatchesWhetherTheHyphenIsSplitOrNot(string text)
    {
        var knowledge = new PetrarchKnowledge(
            PetrarchActorReader.Parse("AL-QAEDA [IMGMOSALQ]\n", "a.actors.txt").Value,
            PetrarchAgentReader.Parse("CO-FOUNDER [~BUS]\n", "a.agents.txt").Value,
            [], [], [], [], []);
        var index = ActorIndex.Compile(knowledge);
        var tokens = text.Split(' ');

        var mention = Assert.Single(index.Match(tokens, StoryDate));

        Assert.Equal(tokens.Length, mention.End);
    }
}
