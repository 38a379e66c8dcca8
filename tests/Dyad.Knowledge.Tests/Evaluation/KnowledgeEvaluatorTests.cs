using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Evaluation;
using Dyad.Knowledge.Index;

namespace Dyad.Knowledge.Tests.Evaluation;

public sealed class KnowledgeEvaluatorTests
{
    private static readonly DyadKnowledge Fixture = new(
        CountryReader.Parse(
            "# format: countries 1\n# sources: test\n" +
            "KGZ | name: Kyrgyzstan | adjectives: Kyrgyz\n" +
            "RUS | name: Russia | names: Russian Federation | adjectives: Russian\n", "countries.txt").Value,
        [],
        PersonReader.Parse(
            "# format: people 1\n# sources: test\n" +
            "japarov-sadyr | name: Sadyr Japarov | roles: KGZGOV 2021-01-28..\n" +
            "putin-vladimir | name: Vladimir Putin | roles: RUSGOV 1999-08-09..\n", "people.txt").Value,
        [],
        [],
        [],
        [],
        []);

    [Fact]
    public void Add_TagsAndPeople_CountsCountryTagsAndCodedPeople()
    {
        var evaluator = new KnowledgeEvaluator(ActorIndex.Compile(Fixture), Fixture.Countries);
        var site = new SiteAnnotations(
            ["Russian Federation", "Kyrgyzstan", "Tula Region"],
            [Person("Putin Vladimir"), Person("Japarov Sadyr"), new InlineMention("Eurasian Economic Union", "", "/catalog/glossary/89")]);

        evaluator.Add(Story("1", new DateOnly(2023, 5, 8), "Vladimir Putin met Kyrgyz officials .", "He spoke ."), site);
        var score = evaluator.Score();

        Assert.Equal((1, 3, 2, 2, 2, 1), (score.Items, score.Tags, score.CountryTags, score.CountryTagsFound, score.People, score.PeopleFound));
        Assert.Equal(2, score.Mentions);
    }

    [Fact]
    public void Add_PersonWithoutRoleOnTheDate_IsNotFound()
    {
        var evaluator = new KnowledgeEvaluator(ActorIndex.Compile(Fixture), Fixture.Countries);

        evaluator.Add(Story("1", new DateOnly(2015, 1, 1), "Sadyr Japarov spoke ."), new SiteAnnotations([], [Person("Japarov Sadyr")]));

        Assert.Equal((1, 0), (evaluator.Score().People, evaluator.Score().PeopleFound));
    }

    [Fact]
    public void Sample_SameSeed_SameMentionsAndNoMoreThanThereAre()
    {
        var evaluator = new KnowledgeEvaluator(ActorIndex.Compile(Fixture), Fixture.Countries);
        evaluator.Add(Story("1", new DateOnly(2023, 5, 8), "Russia and Kyrgyzstan and Vladimir Putin and Sadyr Japarov ."), new SiteAnnotations([], []));

        var first = evaluator.Sample(3, seed: 7);

        Assert.Equal(first, evaluator.Sample(3, seed: 7));
        Assert.Equal(4, evaluator.Sample(10, seed: 7).Count);
        Assert.All(first, m => Assert.Equal("Russia and Kyrgyzstan and Vladimir Putin and Sadyr Japarov .", m.Sentence));
    }

    private static InlineMention Person(string name) => new(name, "", "/catalog/persons/1/events");

    /// <summary>A story whose sentences are the given strings, tokenised at spaces.</summary>
    private static Story Story(string id, DateOnly date, params string[] sentences)
    {
        var text = string.Join(' ', sentences);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var first = tokens.Count;
            var position = offset;
            foreach (var word in sentence.Split(' '))
            {
                tokens.Add(new Token(position, position + word.Length));
                position += word.Length + 1;
            }

            spans.Add(new Sentence(offset, offset + sentence.Length, first, tokens.Count - first));
            offset += sentence.Length + 1;
        }

        return new Story { Id = id, Date = date, Text = text, Sentences = spans.ToImmutable(), Tokens = tokens.ToImmutable() };
    }
}
