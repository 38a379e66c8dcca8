using System.Collections.Frozen;

namespace Dyad.Events.Coding;

/// <summary>
/// CAMEO's "express intent" code for an action the text only announces, plans or agrees to: a meeting to come is
/// 036, military cooperation to come 0312, aid 033x, yielding 035x; sanctions and force to come are threats
/// (1312, 138x), as CAMEO codes announced sanctions. Statements, appeals, demands, criticism, rejection and
/// protest are acts in themselves and keep their code.
/// </summary>
internal static class IntentCodes
{
    private static readonly FrozenDictionary<string, string> Specific = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["045"] = "039",
        ["057"] = "030",
        ["061"] = "0311",
        ["062"] = "0312",
        ["063"] = "0313",
        ["064"] = "0314",
        ["071"] = "0331",
        ["072"] = "0332",
        ["073"] = "0333",
        ["074"] = "0334",
        ["081"] = "0351",
        ["082"] = "0352",
        ["083"] = "034",
        ["0831"] = "0341",
        ["0832"] = "0342",
        ["0833"] = "0343",
        ["0834"] = "0344",
        ["084"] = "0353",
        ["085"] = "0354",
        ["086"] = "0355",
        ["087"] = "0356",
        ["161"] = "1313",
        ["162"] = "1311",
        ["163"] = "1312",
        ["191"] = "1381",
        ["192"] = "1382",
        ["204"] = "1385",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByRoot = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["04"] = "036",
        ["05"] = "032",
        ["06"] = "031",
        ["07"] = "033",
        ["08"] = "035",
        ["09"] = "030",
        ["16"] = "131",
        ["17"] = "130",
        ["18"] = "138",
        ["19"] = "138",
        ["20"] = "138",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The intent code for <paramref name="code"/>, or the code itself when its act is not one to announce.</summary>
    public static string For(string code)
    {
        for (var length = code.Length; length >= 3; length--)
        {
            if (Specific.TryGetValue(code[..length], out var intent))
            {
                return intent;
            }
        }

        return code.Length >= 2 && ByRoot.TryGetValue(code[..2], out var general) ? general : code;
    }
}
