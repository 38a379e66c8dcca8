namespace Dyad.Knowledge.Codes;

/// <summary>The CAMEO event codes by code, with the PLOVER vocabulary they map into; immutable, shared by all threads.</summary>
public sealed class CameoEventTable
{
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
}
