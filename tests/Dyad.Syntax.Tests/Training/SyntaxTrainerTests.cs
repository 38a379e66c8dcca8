using Dyad.Syntax.Evaluation;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Tests.Training;

public sealed class SyntaxTrainerTests
{
    [Fact]
    public void Train_SameDataTwice_WritesIdenticalFiles()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options).Save(first);
            SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options).Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Train_WithWordClassesTwice_WritesIdenticalTaggers()
    {
        var first = SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options, clusters: Fixtures.TinyClusters);
        var second = SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options, clusters: Fixtures.TinyClusters);

        Assert.Equal(Written(first.Tagger.Write), Written(second.Tagger.Write));
    }

    [Fact]
    public void Train_WithWordClasses_KeepsTheParserOfTheModelWithout()
    {
        var withClasses = SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options, clusters: Fixtures.TinyClusters);

        Assert.NotEqual(Written(Fixtures.TinyModel.Tagger.Write), Written(withClasses.Tagger.Write));
        Assert.Equal(Written(Fixtures.TinyModel.Parser.Write), Written(withClasses.Parser.Write));
    }

    [Fact]
    public void Train_BeamWidthFourTwice_WritesIdenticalFiles()
    {
        var options = Fixtures.Options with { BeamWidth = 4 };
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            SyntaxTrainer.Train(Fixtures.Tiny, options).Save(first);
            SyntaxTrainer.Train(Fixtures.Tiny, options).Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Train_BeamWidthFour_ReproducesMostOfItsOwnTreesWithThatBeam()
    {
        var scores = SyntaxEvaluator.Evaluate(Fixtures.TinyBeamModel, Fixtures.Tiny);

        Assert.Equal(4, Fixtures.TinyBeamModel.BeamWidth);
        Assert.True(scores.Las >= 80, $"LAS {scores.Las:F1}");
    }

    [Fact]
    public void Train_TinyTreebankTaggedByTheFinalTagger_ReproducesAlmostAllOfItsOwnTrees()
    {
        // Held-out tags from taggers trained on half of so few sentences make the parser's LAS swing with the seed
        // (71 to 92 over seeds 1 to 6), so this check trains the parser on the final tagger's tags.
        var model = SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options with { Folds = 1 });

        var scores = SyntaxEvaluator.Evaluate(model, Fixtures.Tiny);

        Assert.True(scores.Upos >= 95, $"UPOS {scores.Upos:F1}");
        Assert.True(scores.Las >= 95, $"LAS {scores.Las:F1}");
    }

    [Fact]
    public void Train_WithDevelopmentSentences_KeepsAnEpochAtLeastAsGoodOnThemAsTheLast()
    {
        var development = Fixtures.Read("news-checks.conllu");
        var last = SyntaxEvaluator.Evaluate(SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options), development);

        var chosen = SyntaxEvaluator.Evaluate(SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options, development: development), development);

        Assert.True(chosen.Las >= last.Las, $"chosen epoch LAS {chosen.Las:F2}, last epoch LAS {last.Las:F2}");
    }

    private static byte[] Written(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
