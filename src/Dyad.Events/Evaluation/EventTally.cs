namespace Dyad.Events.Evaluation;

/// <summary>
/// Counts over records: how many, how many exactly right, gold dyads expected, emitted dyads that matched
/// (correct) and that did not (extra); precision, recall and F1 follow (0 where nothing was emitted or expected).
/// </summary>
public readonly record struct EventTally(int Records, int RecordsExact, int Expected, int Correct, int Extra)
{
    public int Uncoded => Expected - Correct;

    public int Emitted => Correct + Extra;

    public double Precision => Emitted == 0 ? 0 : (double)Correct / Emitted;

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public EventTally Add(DyadMatch match) => new(
        Records + 1,
        RecordsExact + (match.IsExact ? 1 : 0),
        Expected + match.Matched.Length + match.Uncoded.Length,
        Correct + match.Matched.Length,
        Extra + match.Extra.Length);
}
