using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// The comment rules shared by all PETRARCH dictionaries: <c>#</c> to the end of the line, and SGML-style
/// <c>&lt;!-- … --&gt;</c> blocks (also the misspelt <c>&lt;! --</c>) that may span lines. Blank lines are dropped.
/// </summary>
internal static class PetrarchLines
{
    /// <summary>Each meaningful line with its comment removed and blanks trimmed.</summary>
    public static IEnumerable<(int Number, string Content)> Meaningful(IReadOnlyList<SourceLine> lines)
    {
        var inBlock = false;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (inBlock)
            {
                var end = text.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                inBlock = false;
                text = text[(end + 3)..];
            }

            var trimmedStart = text.TrimStart();
            if (trimmedStart.StartsWith("<!", StringComparison.Ordinal))
            {
                var end = trimmedStart.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    inBlock = true;
                    continue;
                }

                text = trimmedStart[(end + 3)..];
            }

            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? text[..hash] : text;
            if (!string.IsNullOrWhiteSpace(content))
            {
                yield return (line.Number, content.Trim());
            }
        }
    }
}
