namespace Dyad.Cli.Arguments;

/// <summary>The gold CoNLL-U files named on the command line: files as given, folders searched for <c>*.conllu</c>.</summary>
internal static class ConlluGoldFiles
{
    /// <summary>
    /// The files under <paramref name="paths"/> in a stable order, or null after telling <paramref name="error"/>
    /// which path is missing or that no file was found; <paramref name="expected"/> says what to pass instead.
    /// </summary>
    public static List<string>? Expand(IReadOnlyList<string> paths, string command, string expected, TextWriter error)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{command}: {path}: no such file or folder; pass {expected}");
                return null;
            }
        }

        if (files.Count == 0)
        {
            error.WriteLine($"{command}: no .conllu files under {string.Join(", ", paths)}; pass {expected}");
            return null;
        }

        return files;
    }
}
