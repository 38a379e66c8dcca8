namespace Dyad.Text.Evaluation;

/// <summary>Matched, predicted and gold unit counts, and the precision, recall and F1 they give.</summary>
public readonly record struct SegmentationCount(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SegmentationCount operator +(SegmentationCount a, SegmentationCount b) =>
        new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
}
