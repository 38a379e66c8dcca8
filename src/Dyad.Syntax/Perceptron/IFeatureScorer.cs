namespace Dyad.Syntax.Perceptron;

/// <summary>Adds the weights of hashed features to per-class scores; both the model being trained and the compiled one score this way.</summary>
internal interface IFeatureScorer
{
    void AddScores(ReadOnlySpan<uint> features, Span<float> scores);
}
