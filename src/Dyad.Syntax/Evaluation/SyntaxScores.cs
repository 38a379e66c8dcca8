namespace Dyad.Syntax.Evaluation;

/// <summary>
/// Accuracy of a model on a gold treebank, in percent of words: UPOS, XPOS, lemma, unlabelled and labelled
/// attachment (the labelled score compares full relations, subtypes included).
/// </summary>
public sealed record SyntaxScores(int Sentences, int Tokens, double Upos, double Xpos, double Lemma, double Uas, double Las, double Seconds)
{
    public double TokensPerSecond => Seconds > 0 ? Tokens / Seconds : 0;
}
