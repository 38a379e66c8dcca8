using Dyad.Knowledge.Codes;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Scores PLOVER gold: each emitted event's CAMEO code becomes its PLOVER event type through the CAMEO table (the
/// code's own mapping, else its 3-digit parent's, else its root's); events with no PLOVER type (root 01) are not
/// emitted in PLOVER. A dyad matches when the source and target agree (leniently: first 3 characters; strictly:
/// first 6) and the PLOVER type is the same, compared without regard to case. A gold event given as a CAMEO code is
/// compared by its PLOVER type too.
/// </summary>
public static class PloverScorer
{
    public static DyadScore Score(IEnumerable<CodedItem> items, CameoEventTable codes) =>
        DyadScorer.Score(items.Select(item => item with { Gold = WithPloverTypes(item.Gold, codes) }), code => PloverType(code, codes), type => type.ToUpperInvariant());

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

    /// <summary>The gold with each event given as a CAMEO code (as the PETRARCH <c>PLEvent</c> lines write it) turned into its PLOVER type.</summary>
    private static GoldItem WithPloverTypes(GoldItem gold, CameoEventTable codes) =>
        gold with { Events = [.. gold.Events.Select(e => e.Code.All(char.IsAsciiDigit) && PloverType(e.Code, codes) is { } type ? e with { Code = type } : e)] };
}
