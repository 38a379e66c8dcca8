using Dyad.Core.Conllu;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Tests;

/// <summary>The hand-written treebanks in Data/ and a model trained on the tiny one, shared by the tests.</summary>
internal static class Fixtures
{
    public static readonly SyntaxTrainingOptions Options = new() { TaggerIterations = 5, ParserEpochs = 8, Folds = 2, Seed = 3 };

    private static readonly Lazy<SyntaxModel> TinyModelInstance = new(() => SyntaxTrainer.Train(Read("tiny-treebank.conllu"), Options));

    public static IReadOnlyList<ConlluSentence> Tiny { get; } = Read("tiny-treebank.conllu");

    public static SyntaxModel TinyModel => TinyModelInstance.Value;

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static IReadOnlyList<ConlluSentence> Read(string name) => [.. ConlluReader.ReadFile(PathOf(name))];

    public static string[] Forms(ConlluSentence sentence) => [.. sentence.Words.Select(w => w.Form)];
}
