namespace Dyad.Knowledge.Dyad;

/// <summary>
/// CAMEO's three-letter actor role and sector codes (CAMEO 1.1b3, chapter 2), which PLOVER's actor sectors reuse.
/// Agents and role codes are checked against this list.
/// </summary>
public static class CameoSectors
{
    public static IReadOnlyList<string> All { get; } =
    [
        "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD", "LAB", "LEG",
        "MED", "MIL", "MOD", "NGM", "NGO", "OPP", "RAD", "REB", "REF", "SEP", "SPY", "UAF",
    ];

    private static readonly HashSet<string> Known = [.. All];

    public static bool IsKnown(string code) => Known.Contains(code);
}
