using System.Text;

namespace Dyad.Knowledge.Sources;

/// <summary>Reads knowledge files as numbered lines.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The lines of <paramref name="path"/>. Old dictionaries were edited on many machines, so a file that is not
    /// valid UTF-8 is read as Latin-1 rather than rejected; <paramref name="wasLatin1"/> tells the caller to warn.
    /// </summary>
    public static IReadOnlyList<SourceLine> ReadFile(string path, out bool wasLatin1)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
            wasLatin1 = false;
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
            wasLatin1 = true;
        }

        return Split(text);
    }

    /// <summary>Splits text into lines on LF, CRLF or CR.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(new SourceLine(++number, text[start..i]));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(++number, text[start..]));
        }

        return lines;
    }
}
