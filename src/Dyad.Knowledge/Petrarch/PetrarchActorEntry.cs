using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// One record of a PETRARCH actor dictionary: the primary phrase first, then its <c>+</c> synonyms, and the codes
/// in file order. Codes with a date restriction are tried first, in file order; the first unrestricted code is the
/// default when none applies.
/// </summary>
public sealed record PetrarchActorEntry(IReadOnlyList<IReadOnlyList<string>> Phrases, IReadOnlyList<DatedCode> Codes, SourceLocation Source)
{
    /// <summary>The code for a story dated <paramref name="date"/>, or null when the entry codes nothing then.</summary>
    public string? CodeOn(DateOnly date)
    {
        var chosen = Codes.FirstOrDefault(c => !c.Range.IsAlways && c.Range.Contains(date))
            ?? Codes.FirstOrDefault(c => c.Range.IsAlways);
        return chosen is null || chosen.Code == PetrarchCodes.Null ? null : chosen.Code;
    }
}
