using Dyad.Core.Conllu;
using Dyad.Syntax.Evaluation;
using Dyad.Syntax.Training;
using Dyad.Testing;

namespace Dyad.Syntax.Tests;

public sealed class SyntaxModelTests
{
    private static string ShippedModel => Path.Combine(SharedData.RepositoryRoot, SyntaxModelFiles.RelativePath);

    public static TheoryData<string[]> ArbitrarySentences => new()
    {
        new[] { "Moscow" },
        new[] { ".", ".", "." },
        new[] { "the", "the", "the", "the", "the", "the" },
        new[] { "xqzt", "blorp", "VVV-22", "??", "ünïcödé", "a" },
        new[] { "Officials", "signed", "signed", "met", "held", "talks", "in", "in", "in" },
        Enumerable.Range(0, 120).Select(i => i % 7 == 0 ? "," : "word" + i).ToArray(),
    };

    [Theory]
    [MemberData(nameof(ArbitrarySentences))]
    public void Analyze_ArbitraryWords_GivesOneRootNoCyclesHeadsInRange(string[] words)
    {
        var analysis = Fixtures.TinyModel.Analyze(words);

        Assert.Equal(words.Length, analysis.Length);
        Assert.Single(analysis, w => w.Head == 0);
        Assert.Single(analysis, w => w.Relation == "root");
        Assert.All(analysis, w => Assert.InRange(w.Head, 0, words.Length));
        for (var i = 0; i < analysis.Length; i++)
        {
            var steps = 0;
            for (var word = i + 1; word != 0; word = analysis[word - 1].Head)
            {
                Assert.True(++steps <= words.Length, $"word {i + 1} is on a cycle");
            }
        }
    }

    [Fact]
    public void Analyze_WordsMarkedAsNames_TagsThemAsNames()
    {
        string[] words = ["Zorbanian", "envoys", "met", "Quellmark", "officials", "."];
        bool[] names = [true, false, false, true, false, false];
        var output = new SyntaxWord[words.Length];

        Fixtures.TinyModel.Analyze(words, new SyntaxWorkspace(), output, names);

        Assert.All(new[] { output[0], output[3] }, w => Assert.Contains(w.Upos, new[] { "PROPN", "ADJ" }));
    }

    [Fact]
    public void Analyze_NamesNotParallelToTheWords_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fixtures.TinyModel.Analyze(["Moscow", "said"], new SyntaxWorkspace(), new SyntaxWord[2], [true]));
    }

    [Fact]
    public void Analyze_NoWords_GivesNothing()
    {
        Assert.Empty(Fixtures.TinyModel.Analyze([]));
    }

    [Fact]
    public void SaveThenLoad_TrainedModel_GivesSameAnalyses()
    {
        var path = Path.GetTempFileName();
        try
        {
            Fixtures.TinyModel.Save(path);
            var loaded = SyntaxModel.Load(path);

            foreach (var sentence in Fixtures.Tiny)
            {
                var forms = Fixtures.Forms(sentence);
                Assert.Equal(Fixtures.TinyModel.Analyze(forms), loaded.Analyze(forms));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SaveThenLoad_BeamModel_KeepsItsBeamWidth()
    {
        var path = Path.GetTempFileName();
        try
        {
            Fixtures.TinyBeamModel.Save(path);

            Assert.Equal(4, SyntaxModel.Load(path).BeamWidth);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SaveThenLoad_ModelWithClusters_KeepsTheClustersAndGivesSameAnalyses()
    {
        var model = SyntaxTrainer.Train(Fixtures.Tiny, Fixtures.Options, clusters: Fixtures.TinyClusters);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = SyntaxModel.Load(path);

            Assert.Equal(Fixtures.TinyClusters.WordCount, loaded.Clusters.Count);
            foreach (var sentence in Fixtures.Tiny)
            {
                var forms = Fixtures.Forms(sentence);
                Assert.Equal(model.Analyze(forms), loaded.Analyze(forms));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analyze_BeamModelWithADefaultWorkspace_ParsesWithTheModelsBeam()
    {
        var model = Fixtures.TinyBeamModel;
        var differsFromGreedy = 0;
        foreach (var sentence in Fixtures.Read("news-checks.conllu"))
        {
            var forms = Fixtures.Forms(sentence);
            var withItsBeam = new SyntaxWord[forms.Length];
            var greedy = new SyntaxWord[forms.Length];
            model.Analyze(forms, new SyntaxWorkspace(4), withItsBeam);
            model.Analyze(forms, new SyntaxWorkspace(1), greedy);

            Assert.Equal(withItsBeam, model.Analyze(forms));
            differsFromGreedy += withItsBeam.SequenceEqual(greedy) ? 0 : 1;
        }

        Assert.True(differsFromGreedy > 0, "no sentence parses differently greedily, so the test cannot tell the widths apart");
    }

    [Fact]
    public void Load_FileThatIsNotAModel_ThrowsInvalidDataNamingTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");

            var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The shipped model measures UPOS 95.16 and LAS 82.72 on EWT test, short of the targets (95.5, 84);
    // these floors guard against regressions until a better model raises them to the targets.
    [SharedFact("corpora/ud/en_ewt-test.conllu")]
    public void ShippedModel_EwtTest_KeepsItsAccuracy()
    {
        var scores = SyntaxEvaluator.Evaluate(SyntaxModel.Load(ShippedModel), ConlluReader.ReadFile(SharedData.PathOf("corpora/ud/en_ewt-test.conllu")));

        // The targets, which the shipped model meets (UPOS 95.51, LAS 84.85).
        Assert.True(scores.Upos >= 95.5, $"UPOS {scores.Upos:F2}");
        Assert.True(scores.Las >= 84.0, $"LAS {scores.Las:F2}");
    }

    [Fact]
    public void ShippedModel_NewsChecks_KeepsItsLabelledAttachment()
    {
        var scores = SyntaxEvaluator.Evaluate(SyntaxModel.Load(ShippedModel), Fixtures.Read("news-checks.conllu"));

        Assert.True(scores.Las >= NewsChecksMinimumLas, $"LAS {scores.Las:F2}");
    }

    // The shipped model scores 92.09 (the greedy one before it 86.73).
    private const double NewsChecksMinimumLas = 91.5;
}
