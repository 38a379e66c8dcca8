using System.Globalization;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Reads PETRARCH-2's internal coding ontology (<c>PETR_*_Internal_Coding_Ontology_*.txt</c>): lines
/// <c>CODE:VALUE</c>, the value hexadecimal terms joined by <c>+</c> and <c>-</c> (<c>110:0xFFFF+0x0080</c>);
/// after a <c>#</c> comes a comment. The null code <c>---</c> is skipped.
/// </summary>
public static class PetrarchOntologyReader
{
    public static ReadResult<PetrarchOntology> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<PetrarchOntology> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static PetrarchOntology Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var entries = new List<(string, int)>();
        foreach (var (number, content) in PetrarchLines.Meaningful(lines))
        {
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var code = colon < 0 ? "" : content[..colon].Trim();
            if (code == PetrarchCodes.Null)
            {
                continue;
            }

            if (code.Length == 0 || !code.All(char.IsAsciiDigit))
            {
                sink.Warning(number, $"'{content}' is not CODE:VALUE; ignored");
                continue;
            }

            var value = Evaluate(content[(colon + 1)..]);
            if (value is null)
            {
                sink.Warning(number, $"value '{content[(colon + 1)..].Trim()}' is not hexadecimal terms joined by + and -; ignored");
                continue;
            }

            entries.Add((code, value.Value));
        }

        return new PetrarchOntology(entries);
    }

    private static int? Evaluate(string expression)
    {
        var text = expression.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        var total = 0;
        var position = 0;
        while (position < text.Length)
        {
            var sign = 1;
            if (text[position] is '+' or '-')
            {
                sign = text[position] == '-' ? -1 : 1;
                position++;
            }

            var end = position;
            while (end < text.Length && text[end] is not ('+' or '-'))
            {
                end++;
            }

            var term = text[position..end];
            if (!term.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(term.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            total += sign * value;
            position = end;
        }

        return text.Length == 0 ? null : total;
    }
}
