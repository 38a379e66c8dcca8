namespace Dyad.Syntax.Training;

/// <summary>How to train: passes over the data for each model, jackknife folds for the parser's tags, and the seed of every shuffle.</summary>
public sealed record SyntaxTrainingOptions
{
    public int TaggerIterations { get; init; } = 8;

    public int ParserEpochs { get; init; } = 12;

    /// <summary>The parser trains on tags predicted by taggers that did not see the sentence; 1 tags the training data with the final tagger.</summary>
    public int Folds { get; init; } = 4;

    public int Seed { get; init; } = 17;
}
