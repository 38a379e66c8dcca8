using Dyad.Core.Conllu;
using Dyad.Syntax.Clusters;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Tests;

/// <summary>The hand-written treebanks in Data/ and a model trained on the tiny one, shared by the tests.</summary>
internal static class Fixtures
{
    public static readonly SyntaxTrainingOptions Options = new() { TaggerIterations = 5, ParserEpochs = 8, Folds = 2, Seed = 3, BeamWidth = 1 };

    private static readonly Lazy<SyntaxModel> TinyModelInstance = new(() => SyntaxTrainer.Train(Read("tiny-treebank.conllu"), Options));

    private static readonly Lazy<SyntaxModel> TinyBeamModelInstance = new(() => SyntaxTrainer.Train(Read("tiny-treebank.conllu"), Options with { BeamWidth = 4 }));

    public static IReadOnlyList<ConlluSentence> Tiny { get; } = Read("tiny-treebank.conllu");

    /// <summary>Word classes learnt from the tiny treebank's own words, to train a model that uses cluster features.</summary>
    public static WordClusters TinyClusters { get; } = WordClusterTrainer.Train([.. Tiny.Select(Forms)], new WordClusterOptions { ClassCounts = [4, 16], MinimumCount = 1 });

    public static SyntaxModel TinyModel => TinyModelInstance.Value;

    /// <summary>The tiny treebank's model with its parser trained for a beam of 4.</summary>
    public static SyntaxModel TinyBeamModel => TinyBeamModelInstance.Value;

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static IReadOnlyList<ConlluSentence> Read(string name) => [.. ConlluReader.ReadFile(PathOf(name))];

    public static string[] Forms(ConlluSentence sentence) => [.. sentence.Words.Select(w => w.Form)];
}
