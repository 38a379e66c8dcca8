namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>The regular English forms of an upper-case verb (-S, -ED, -ING), used when a verb gives no <c>{}</c> list.</summary>
internal static class RegularVerbForms
{
    public static IReadOnlyList<string> Of(string verb)
    {
        var consonantY = verb.Length > 1 && verb[^1] == 'Y' && !IsVowel(verb[^2]);
        var third = consonantY ? verb[..^1] + "IES"
            : verb.EndsWith('S') || verb.EndsWith('X') || verb.EndsWith('Z') || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal) ? verb + "ES"
            : verb + "S";
        var past = verb.EndsWith('E') ? verb + "D" : consonantY ? verb[..^1] + "IED" : verb + "ED";
        var participle = verb.EndsWith('E') && !verb.EndsWith("EE", StringComparison.Ordinal) && verb.Length > 2 ? verb[..^1] + "ING" : verb + "ING";
        return [third, past, participle];
    }

    private static bool IsVowel(char c) => "AEIOU".Contains(c, StringComparison.Ordinal);
}
