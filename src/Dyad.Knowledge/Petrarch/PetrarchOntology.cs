namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// PETRARCH-2's internal coding ontology (PICO): each CAMEO code as a number whose hexadecimal digits are the act's
/// category, kind and issue, with 0xFFFF added for the opposite of an act ("disapprove" is 0xFFFF + "cooperate
/// diplomatically") or taken away for a refusal. Codes keep file order, which breaks ties when several codes share
/// a value.
/// </summary>
public sealed class PetrarchOntology
{
    /// <summary>What negation adds to an act's value, or takes away from an opposite's.</summary>
    public const int Negation = 0xFFFF;

    private readonly Dictionary<string, int> _valueOf;
    private readonly Dictionary<int, string> _codeOf = [];

    public PetrarchOntology(IReadOnlyList<(string Code, int Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _valueOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, value) in entries)
        {
            _valueOf.TryAdd(code, value);
            _codeOf.TryAdd(value, code);
        }
    }

    public int Count => _valueOf.Count;

    /// <summary>
    /// The code of the opposite of <paramref name="code"/>'s act ("did not clash", 110, is 050), or null when the
    /// code is not in the ontology or no code stands for its opposite.
    /// </summary>
    public string? OppositeOf(string code)
    {
        if (!_valueOf.TryGetValue(code, out var value))
        {
            return null;
        }

        var opposite = value >= Negation ? value - Negation : value + Negation;
        return _codeOf.GetValueOrDefault(opposite);
    }
}
