using System.Collections.Frozen;

namespace Dyad.Events.Coding;

/// <summary>
/// CAMEO's appeal (02) and demand (10) codes for the act a speaker says another should or must do: to meet or
/// negotiate 026/108, to cooperate 021/1011, to give aid 023/103, to release 0253/1053, to ease sanctions
/// 0254/1054, to de-escalate 0256/1056 (a ceasefire is 107, a withdrawal 106), to settle 027; anything else 020/100.
/// </summary>
internal static class AppealCodes
{
    private static readonly FrozenDictionary<string, (string Appeal, string Demand)> Specific = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["057"] = ("027", "100"),
        ["084"] = ("0253", "1053"),
        ["085"] = ("0254", "1054"),
        ["0871"] = ("0256", "107"),
        ["0872"] = ("0254", "1054"),
        ["0873"] = ("0256", "1056"),
        ["0874"] = ("0256", "106"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Appeal, string Demand)> ByRoot = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["03"] = ("020", "100"),
        ["04"] = ("026", "108"),
        ["05"] = ("022", "102"),
        ["06"] = ("021", "1011"),
        ["07"] = ("023", "103"),
        ["08"] = ("025", "100"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The appeal (or, with <paramref name="must"/>, demand) code for asking that <paramref name="code"/> be done.</summary>
    public static string For(string code, bool must)
    {
        for (var length = code.Length; length >= 3; length--)
        {
            if (Specific.TryGetValue(code[..length], out var specific))
            {
                return must ? specific.Demand : specific.Appeal;
            }
        }

        var general = code.Length >= 2 && ByRoot.TryGetValue(code[..2], out var byRoot) ? byRoot : ("020", "100");
        return must ? general.Item2 : general.Item1;
    }
}
