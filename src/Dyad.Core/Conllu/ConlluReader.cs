using System.Collections.Immutable;
using System.Globalization;

namespace Dyad.Core.Conllu;

/// <summary>Reads CoNLL-U sentences one at a time. Empty nodes ("8.1") are skipped.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string path)
    {
        var comments = ImmutableArray.CreateBuilder<string>();
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var tokens = ImmutableArray.CreateBuilder<ConlluMultiwordToken>();
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(comments.ToImmutable(), words.ToImmutable(), tokens.ToImmutable());
                }

                comments.Clear();
                words.Clear();
                tokens.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new ConlluFormatException(path, lineNumber, $"expected 10 tab-separated fields, found {fields.Length}");
            }

            var id = fields[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                tokens.Add(new ConlluMultiwordToken(
                    ParseInt(id[..dash], path, lineNumber),
                    ParseInt(id[(dash + 1)..], path, lineNumber),
                    fields[1],
                    fields[9]));
                continue;
            }

            var head = fields[6] == "_" ? -1 : ParseInt(fields[6], path, lineNumber);
            words.Add(new ConlluWord(
                ParseInt(id, path, lineNumber),
                fields[1],
                fields[2],
                fields[3],
                fields[4],
                fields[5],
                head,
                fields[7],
                fields[8],
                fields[9]));
        }

        if (words.Count > 0)
        {
            yield return new ConlluSentence(comments.ToImmutable(), words.ToImmutable(), tokens.ToImmutable());
        }
    }

    private static int ParseInt(string value, string path, long line) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ConlluFormatException(path, line, $"'{value}' is not a word index");
}
