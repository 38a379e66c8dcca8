namespace Dyad.Knowledge.Codes;

/// <summary>The CAMEO event codes by code, with the PLOVER vocabulary they map into; immutable, shared by all threads.</summary>
public sealed class CameoEventTable
{
    private const string UnspecifiedAppeal = "020";
    private const string UnspecifiedDemand = "100";

    private readonly Dictionary<string, CameoEvent> _byCode;

    public CameoEventTable(IEnumerable<CameoEvent> events, PloverVocabulary plover)
    {
        _byCode = events.ToDictionary(e => e.Code, StringComparer.Ordinal);
        Plover = plover;
    }

    public static CameoEventTable Empty { get; } = new([], PloverVocabulary.Empty);

    public PloverVocabulary Plover { get; }

    public int Count => _byCode.Count;

    public IEnumerable<CameoEvent> Events => _byCode.Values.OrderBy(e => e.Code, StringComparer.Ordinal);

    public CameoEvent? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// CAMEO's "express intent" code for an act the text only announces, plans or agrees to: the <c>intent</c> of the
    /// code or of its longest prefix that has one (0631 takes 063's 0313, 042 takes root 04's 036); an act with none
    /// (statements, appeals, criticism) is an act in itself and keeps its code.
    /// </summary>
    public string IntentOf(string code) => Nearest(code, e => e.Intent) ?? code;

    /// <summary>
    /// The appeal (02), or with <paramref name="must"/> the demand (10), for asking that <paramref name="code"/> be done:
    /// from the code or its longest prefix that gives one, else CAMEO's unspecified 020 and 100.
    /// </summary>
    public string AppealOf(string code, bool must) => must ? Nearest(code, e => e.Demand) ?? UnspecifiedDemand : Nearest(code, e => e.Appeal) ?? UnspecifiedAppeal;

    private string? Nearest(string code, Func<CameoEvent, string?> field)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (Find(code[..length]) is { } cameo && field(cameo) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
