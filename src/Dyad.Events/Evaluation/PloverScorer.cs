using Dyad.Knowledge.Codes;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Scores PLOVER gold: each emitted event's CAMEO code becomes its PLOVER event type through the CAMEO table (the
/// code's own mapping, else its 3-digit parent's, else its root's); events with no PLOVER type (root 01) are not
/// emitted in PLOVER. A dyad matches when the source and target agree (leniently: first 3 characters; strictly:
/// first 6) and the PLOVER type is the same, compared without regard to case.
/// </summary>
public static class PloverScorer
{
    public static DyadScore Score(IEnumerable<CodedItem> items, CameoEventTable codes) =>
        DyadScorer.Score(items, code => PloverType(code, codes), type => type.ToUpperInvariant());

    public static string? PloverType(string cameoCode, CameoEventTable codes)
    {
        for (var length = cameoCode.Length; length >= 2; length--)
        {
            if (codes.Find(cameoCode[..length]) is { } known)
            {
                return known.PloverEvent;
            }
        }

        return null;
    }
}
