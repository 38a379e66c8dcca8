namespace Dyad.Knowledge.Petrarch;

/// <summary>Reserved codes of the PETRARCH dictionaries.</summary>
public static class PetrarchCodes
{
    /// <summary>The null code: the phrase is recognised but yields no actor or event.</summary>
    public const string Null = "---";

    /// <summary>TABARI's discard codes: PETRARCH-2 moved discards to their own list and reads these as plain codes.</summary>
    public static bool IsTabariDiscard(string code) => code is "+++" or "###";

    /// <summary>Whether a code has the shape of a CAMEO actor code (letters and digits; '/' joins a compound actor).</summary>
    public static bool IsWellFormedActorCode(string code)
    {
        if (code.Length == 0 || code[0] == '/' || code[^1] == '/')
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '/')
            {
                return false;
            }
        }

        return true;
    }
}
