using System.Collections.Frozen;

namespace Dyad.Text.Tokens;

/// <summary>Words whose full stop belongs to them ("Mr.", "Jan.", "Calif."), and which of them precede a name.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that keep their full stop wherever they stand. Case matters: "Gen." but not "gen.".</summary>
    private static readonly FrozenSet<string> Always = FrozenSet.Create(
        StringComparer.Ordinal,
        "Adm", "Ala", "Apr", "Ariz", "Ark", "Aug", "Ave", "Bros", "Blvd", "Calif", "Capt", "Cmdr", "Co", "Col", "Colo",
        "Conn", "Corp", "Cpl", "Dec", "Del", "Dept", "Dr", "Feb", "Fla", "Fr", "Ft", "Ga", "Gen", "Gov", "Hon", "Inc",
        "Jan", "Jr", "Jul", "Jun", "Kan", "Ky", "Lt", "Ltd", "Maj", "Mass", "Md", "Messrs", "Mich", "Minn", "Mr", "Mrs",
        "Ms", "Mt", "Neb", "Nev", "Nov", "Oct", "Okla", "Ore", "Pres", "Prof", "Rep", "Rev", "Rs", "Sen", "Sep", "Sept",
        "Sgt", "Sr", "St", "Ste", "Supt", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "al", "approx", "cf", "e.g", "etc",
        "i.e", "vs");

    /// <summary>Abbreviations that keep their full stop only before a number ("No. 5", "p. 12").</summary>
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(
        StringComparer.Ordinal,
        "Art", "Fig", "No", "Nos", "Vol", "fig", "no", "nos", "p", "pp", "vol");

    /// <summary>Titles and the like that are followed by a name, so never end a sentence.</summary>
    private static readonly FrozenSet<string> BeforeName = FrozenSet.Create(
        StringComparer.Ordinal,
        "Adm", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Ft", "Gen", "Gov", "Hon", "Lt", "Maj", "Messrs", "Mr", "Mrs",
        "Ms", "Mt", "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "St", "Supt", "Art", "Fig", "No", "Nos", "Vol", "fig",
        "no", "nos", "p", "pp", "c", "vol", "vs", "cf", "e.g", "i.e", "approx");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AlwaysLookup =
        Always.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNameLookup =
        BeforeName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its full stop) keeps the stop.</summary>
    public static bool Keeps(ReadOnlySpan<char> word, bool numberFollows) =>
        AlwaysLookup.Contains(word) || (numberFollows && BeforeNumberLookup.Contains(word));

    /// <summary>Whether <paramref name="word"/> (without its full stop) is a title or the like that a name or number follows.</summary>
    public static bool PrecedesName(ReadOnlySpan<char> word) => BeforeNameLookup.Contains(word);
}
