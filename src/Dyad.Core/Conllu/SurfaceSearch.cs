namespace Dyad.Core.Conllu;

/// <summary>Lines CoNLL-U word forms up with the raw text they came from, as gold readers rebuild documents.</summary>
public static class SurfaceSearch
{
    /// <summary>
    /// Finds <paramref name="form"/> at the cursor (after whitespace), else further on; returns its position or -1,
    /// and moves the cursor past it when found.
    /// </summary>
    public static int Find(string text, string form, ref int cursor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        var at = cursor;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (string.CompareOrdinal(text, at, form, 0, form.Length) != 0)
        {
            at = text.IndexOf(form, cursor, StringComparison.Ordinal);
        }

        if (at >= 0)
        {
            cursor = at + form.Length;
        }

        return at;
    }
}
