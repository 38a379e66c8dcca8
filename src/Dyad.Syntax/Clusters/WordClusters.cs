using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dyad.Syntax.Clusters;

/// <summary>
/// Word classes learnt from unlabelled text, one clustering per class count, coarse to fine: each lower-cased word
/// has a class (0-based) in each. Saved as gzipped text, one word a line, for review and for training the model.
/// </summary>
public sealed class WordClusters
{
    private const string Header = "# Dyad word clusters (dyad train clusters): the lower-cased word, then its class in each clustering";
    private const string CountsLabel = "classes";

    private readonly string[] _words;
    private readonly int[][] _classes;

    public WordClusters(IReadOnlyList<int> classCounts, IReadOnlyList<string> words, IReadOnlyList<int[]> classes)
    {
        ArgumentNullException.ThrowIfNull(classCounts);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count != classCounts.Count || classes.Any(c => c.Length != words.Count))
        {
            throw new ArgumentException("one class per word is needed in every clustering", nameof(classes));
        }

        ClassCounts = [.. classCounts];
        _words = [.. words];
        _classes = [.. classes];
    }

    public IReadOnlyList<int> ClassCounts { get; }

    public int WordCount => _words.Length;

    public string Word(int index) => _words[index];

    /// <summary>The class of word <paramref name="index"/> in clustering <paramref name="level"/>.</summary>
    public int Class(int level, int index) => _classes[level][index];

    public void Save(string path)
    {
        using var zip = CompressedFile.Create(path);
        using var writer = new StreamWriter(zip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine(string.Join('\t', ClassCounts.Select(c => c.ToString(CultureInfo.InvariantCulture)).Prepend(CountsLabel)));
        var line = new StringBuilder();
        foreach (var index in Enumerable.Range(0, _words.Length).OrderBy(i => _words[i], StringComparer.Ordinal))
        {
            line.Clear().Append(_words[index]);
            foreach (var level in _classes)
            {
                line.Append('\t').Append(level[index].ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteLine(line);
        }
    }

    /// <summary>Reads a file written by <see cref="Save"/>; a malformed line throws <see cref="InvalidDataException"/> naming file and line.</summary>
    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        int[]? counts = null;
        var words = new List<string>();
        List<int>[] classes = [];
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (counts is null)
            {
                counts = fields.Length > 1 && fields[0] == CountsLabel ? [.. fields.Skip(1).Select(f => Number(f, path, number))] : throw Malformed(path, number, $"expected '{CountsLabel}' and the class counts");
                classes = [.. counts.Select(_ => new List<int>())];
                continue;
            }

            if (fields.Length != counts.Length + 1 || fields[0].Length == 0)
            {
                throw Malformed(path, number, $"expected a word and {counts.Length} classes");
            }

            words.Add(fields[0]);
            for (var level = 0; level < counts.Length; level++)
            {
                var c = Number(fields[level + 1], path, number);
                classes[level].Add(c < counts[level] ? c : throw Malformed(path, number, $"class {c} is not below {counts[level]}"));
            }
        }

        return counts is null
            ? throw Malformed(path, number, "no class counts")
            : new WordClusters(counts, words, [.. classes.Select(c => c.ToArray())]);
    }

    private static int Number(string field, string path, int line) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Malformed(path, line, $"'{field}' is not a whole number");

    private static InvalidDataException Malformed(string path, int line, string problem) => new($"{path}:{line}: {problem}");
}
