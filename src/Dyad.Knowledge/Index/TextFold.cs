using System.Text;

namespace Dyad.Knowledge.Index;

/// <summary>
/// The key a token is matched by: lower case, Latin diacritics removed ("Žaparov" → "zaparov"), typographic
/// apostrophes made plain. The process runs with invariant globalization, which has no Unicode decomposition,
/// so the letters are mapped by a table.
/// </summary>
public static class TextFold
{
    private static readonly Dictionary<char, string> Map = Build();

    public static string Fold(string token)
    {
        var lower = token.ToLowerInvariant();
        var plain = true;
        foreach (var c in lower)
        {
            if (c > 0x7F)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return lower;
        }

        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (Map.TryGetValue(c, out var replacement))
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static Dictionary<char, string> Build()
    {
        var groups = new (string Letters, string Base)[]
        {
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"), ("’‘ʼ", "'"),
        };
        var map = new Dictionary<char, string>();
        foreach (var (letters, replacement) in groups)
        {
            foreach (var letter in letters)
            {
                map[letter] = replacement;
            }
        }

        return map;
    }
}
