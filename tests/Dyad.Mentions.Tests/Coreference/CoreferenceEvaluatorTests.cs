using Dyad.Core.Conllu;
using Dyad.Core.Stories;
using Dyad.Mentions.Coreference;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Coreference;

public sealed class CoreferenceEvaluatorTests
{
    private static GumDocument Fixture() => Assert.Single(GumEntityReader.Read(ConlluReader.Read(new StringReader(GumFixture.Conllu), "fixture.conllu"), "fixture"));

    private static readonly Actor Putin = new(0, 14, 0, "RUSGOV", "RUS", "GOV", "Vladimir Putin", "PersonRole");

    private static readonly Actor Japarov = new(19, 32, 0, "KGZGOV", "KGZ", "GOV", "Sadyr Japarov", "PersonRole");

    private static CoreferenceLink Link(string text, string anaphor, Actor source, string sourceHead)
    {
        var start = text.IndexOf(anaphor, StringComparison.Ordinal);
        var head = text.IndexOf(sourceHead, source.Start, StringComparison.Ordinal);
        return new CoreferenceLink(new TextSpan(start, start + anaphor.Length), 1, new TextSpan(start, start + anaphor.Length), AnaphorForm.Pronoun, new TextSpan(source.Start, source.End), new TextSpan(head, head + sourceHead.Length), source);
    }

    [Fact]
    public void Score_OneRightAndOneWrongLink_CountsThemAgainstTheGoldAnaphors()
    {
        var document = Fixture();
        var story = document.ToStory() with { Actors = [Putin, Japarov] };

        var score = CoreferenceEvaluator.Score(document, story, [Link(document.Text, "He", Putin, "Vladimir"), Link(document.Text, "his", Japarov, "Sadyr")]);

        Assert.Equal((2, 1, 3, 1, 1), (score.Links, score.Correct, score.GoldLinks, score.Recalled, score.WrongEntity));
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(1.0 / 3, score.Recall, 6);
        Assert.Equal(0, score.MissedWithoutActor);
    }

    [Fact]
    public void Score_AnaphorOutsideEveryGoldMention_IsWrongAndSaysSo()
    {
        var document = Fixture();

        var score = CoreferenceEvaluator.Score(document, document.ToStory(), [Link(document.Text, "thanked", Putin, "Vladimir")]);

        Assert.Equal((0, 1), (score.Correct, score.AnaphorNotGold));
        Assert.Equal(3, score.MissedWithoutActor);
    }

    [Fact]
    public void Evaluate_FixtureThroughThePipeline_LinksThePronounsToPutin()
    {
        var score = CoreferenceEvaluator.Evaluate([Fixture()], Pipeline.Analyse);

        Assert.Equal(1, score.Documents);
        Assert.Equal(3, score.GoldLinks);
        Assert.Equal(score.Links, score.Correct);
        Assert.True(score.Recalled >= 2, $"found {score.Recalled} of 3 gold links");
    }

    /// <summary>A floor under the figure the README reports for the GUM news documents, so a change that breaks the resolver shows.</summary>
    [SharedFact("corpora/news/gum/conllu")]
    public void Evaluate_GumNews_LinksMostlyRight()
    {
        var documents = Directory.EnumerateFiles(SharedData.PathOf("corpora/news/gum/conllu"), "*.conllu").Order(StringComparer.Ordinal).SelectMany(GumEntityReader.ReadFile);

        var score = CoreferenceEvaluator.Evaluate(documents, Pipeline.Analyse);

        Assert.Equal(24, score.Documents);
        Assert.True(score.Links >= 100, $"{score.Links} links");
        Assert.True(score.Precision >= 0.5, $"precision {score.Precision:F4}");
        Assert.True(score.Recall >= 0.1, $"recall {score.Recall:F4}");
    }
}
