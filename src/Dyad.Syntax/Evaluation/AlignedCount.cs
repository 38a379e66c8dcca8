namespace Dyad.Syntax.Evaluation;

/// <summary>Units a system got right out of those it produced and those of the gold, and the F1 they give, in percent.</summary>
public readonly record struct AlignedCount(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : 100.0 * Correct / System;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
