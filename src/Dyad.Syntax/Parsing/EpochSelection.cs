namespace Dyad.Syntax.Parsing;

/// <summary>
/// Keeps the parser of the training epoch with the best development LAS, as the greedy and the beam trainers both
/// choose their epoch, and logs each epoch's score and the choice.
/// </summary>
internal sealed class EpochSelection(int epochs, TextWriter? log)
{
    private Parser? _best;
    private double _bestScore = -1.0;
    private int _bestEpoch;

    /// <summary>Records the parser after <paramref name="epoch"/> (0-based) with its development LAS.</summary>
    public void Offer(Parser parser, double score, int epoch)
    {
        log?.WriteLine($"parser epoch {epoch + 1}/{epochs}: development LAS {score:F2}");
        if (score > _bestScore)
        {
            (_best, _bestScore, _bestEpoch) = (parser, score, epoch + 1);
        }
    }

    /// <summary>The best parser offered, or <paramref name="last"/>'s when no epoch was scored.</summary>
    public Parser Best(Func<Parser> last)
    {
        if (_best is null)
        {
            return last();
        }

        log?.WriteLine($"parser: keeping epoch {_bestEpoch} (development LAS {_bestScore:F2})");
        return _best;
    }
}
