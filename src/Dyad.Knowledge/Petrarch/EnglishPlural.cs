namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// PETRARCH's regular plural of an upper-case word: +S, Y after a consonant becomes IES, SS gets ES. (PETRARCH
/// turns every final Y into IES; "ATTORNEYS" shows why we keep a vowel + Y regular.)
/// </summary>
internal static class EnglishPlural
{
    public static string Of(string word)
    {
        if (word.EndsWith("SS", StringComparison.Ordinal))
        {
            return word + "ES";
        }

        if (word.Length > 1 && word[^1] == 'Y' && !"AEIOU".Contains(word[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "IES";
        }

        return word + "S";
    }
}
