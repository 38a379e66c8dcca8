namespace Dyad.Syntax.Training;

/// <summary>How to train: passes over the data for each model, jackknife folds for the parser's tags, the parser's beam, and the seed of every shuffle.</summary>
public sealed record SyntaxTrainingOptions
{
    public int TaggerIterations { get; init; } = 8;

    public int ParserEpochs { get; init; } = 12;

    /// <summary>The parser trains on tags predicted by taggers that did not see the sentence; 1 tags the training data with the final tagger.</summary>
    public int Folds { get; init; } = 4;

    public int Seed { get; init; } = 17;

    /// <summary>
    /// 1 trains the greedy parser with the dynamic oracle; a larger width trains it globally for beam search of that
    /// width (max-violation updates) and chooses the epoch by decoding development sentences with that beam.
    /// </summary>
    public int BeamWidth { get; init; } = 1;
}
