using Dyad.Core.Errors;

namespace Dyad.Input;

/// <summary>
/// Turns the paths a user gives into the files to read: a file as given, a directory walked recursively in
/// ordinal order for the story extensions (also gzipped), "-" for standard input, and an error for a path that
/// is not there. Files in <c>excluded</c> (the run's own output files) are never read.
/// </summary>
public static class InputPaths
{
    public const string StandardInput = "-";

    public static IEnumerable<(string? Path, RecordError? Error)> Expand(IEnumerable<string> paths, IReadOnlySet<string> excluded)
    {
        foreach (var path in paths)
        {
            if (path != StandardInput && excluded.Contains(Path.GetFullPath(path)))
            {
                continue;
            }

            if (path == StandardInput || File.Exists(path))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, excluded))
                {
                    yield return file;
                }
            }
            else
            {
                yield return (null, new RecordError(path, 0, null, ErrorCodes.Unreadable, "no such file or directory; check the path"));
            }
        }
    }

    private static IEnumerable<(string? Path, RecordError? Error)> Walk(string directory, IReadOnlySet<string> excluded)
    {
        string[] files;
        string? problem = null;
        try
        {
            files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return (null, new RecordError(directory, 0, null, ErrorCodes.Unreadable, $"cannot list the directory ({problem}); check its permissions"));
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(InputFormats.WithoutGzip(file));
            if (InputFormats.DirectoryExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) && !excluded.Contains(Path.GetFullPath(file)))
            {
                yield return (file, null);
            }
        }
    }
}
