using System.Text;
using Dyad.Input.Lines;

namespace Dyad.Input.Tests.Formats;

/// <summary>The raw lines of a string, as a format reader receives them from a file.</summary>
internal static class LinesOf
{
    public static IEnumerable<RawLine> Text(string text)
    {
        var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1 << 20);
        while (reader.TryRead(out var line))
        {
            yield return line;
        }
    }
}
