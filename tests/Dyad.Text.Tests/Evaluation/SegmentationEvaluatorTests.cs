using Dyad.Core.Conllu;
using Dyad.Core.Evaluation;
using Dyad.Testing;
using Dyad.Text.Evaluation;

namespace Dyad.Text.Tests.Evaluation;

public sealed class SegmentationEvaluatorTests
{
    private const string GumNews = "corpora/news/gum/conllu";

    [Fact]
    public void Evaluate_FixtureDocument_MatchesEverySentenceAndToken()
    {
        var document = GoldDocumentReader.Read(ConlluReader.Read(new StringReader(ConlluFixture.Text), "fixture.conllu"), "fixture").First();

        var score = SegmentationEvaluator.Evaluate(document, TextOptions.Default);

        Assert.Equal(new MatchCount(3, 3, 3), score.Sentences);
        Assert.Equal(new MatchCount(10, 10, 10), score.Tokens);
        Assert.Equal(0, score.Datelines);
    }

    [Fact]
    public void Evaluate_UnalignableMultiwordToken_ScoresAgainstTheWholeToken()
    {
        var document = GoldDocumentReader.Read(ConlluReader.Read(new StringReader(ConlluFixture.Text), "fixture.conllu"), "fixture").Last();

        var score = SegmentationEvaluator.Evaluate(document, TextOptions.Default);

        Assert.Equal(new MatchCount(3, 3, 3), score.Tokens);
    }

    [SharedFact(GumNews)]
    public void EvaluateFiles_GumNews_MeetsTheIssueTargets()
    {
        var files = Directory.GetFiles(SharedData.PathOf(GumNews), "*.conllu");

        var score = SegmentationEvaluator.EvaluateFiles(files, TextOptions.Default);

        Assert.Equal(24, score.Documents);
        Assert.Equal(0, score.Datelines);
        Assert.True(score.Sentences.F1 >= 0.97, $"sentence F1 {score.Sentences.F1:F4} < 0.97");
        Assert.True(score.Tokens.F1 >= 0.99, $"token F1 {score.Tokens.F1:F4} < 0.99");
    }
}
