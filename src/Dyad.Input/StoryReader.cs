using System.IO.Compression;
using Dyad.Core.Errors;
using Dyad.Input.Formats;
using Dyad.Input.Lines;

namespace Dyad.Input;

/// <summary>
/// Streams stories from files, directories, .gz files and standard input, one at a time in bounded memory.
/// Every problem becomes a <see cref="RecordError"/> in the stream; nothing is thrown for bad input.
/// </summary>
public sealed class StoryReader(ReaderOptions options, Func<Stream> openStandardInput)
{
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths) => Read(paths, new HashSet<string>());

    /// <summary>Reads the stories under <paramref name="paths"/>, leaving out the full paths in <paramref name="excluded"/>.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, IReadOnlySet<string> excluded)
    {
        foreach (var (path, error) in InputPaths.Expand(paths, excluded))
        {
            if (error is not null)
            {
                yield return ReadResult.Of(error);
                continue;
            }

            foreach (var result in ReadFile(path!))
            {
                yield return result;
            }
        }
    }

    public IEnumerable<ReadResult> ReadFile(string path)
    {
        var (stream, openError) = Open(path);
        if (openError is not null)
        {
            yield return ReadResult.Of(openError);
            yield break;
        }

        using (stream)
        {
            var file = new StoryFile(path, IdStem(path), options);
            var lines = new Utf8LineReader(stream!, options.MaxRecordBytes);
            using var enumerator = Lines(lines).GetEnumerator();
            IEnumerable<ReadResult> results;
            try
            {
                results = Dispatch(file, lines, enumerator);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                results = [ReadResult.Of(file.Error(0, null, ErrorCodes.Unreadable, $"cannot read ({e.Message}); check that the file is readable and, if gzipped, complete"))];
            }

            foreach (var result in Guard(file, results))
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<ReadResult> Dispatch(StoryFile file, Utf8LineReader reader, IEnumerator<RawLine> lines)
    {
        RawLine first = default;
        var found = false;
        while (lines.MoveNext())
        {
            first = lines.Current;
            if (reader.StartsWithUtf16Mark)
            {
                return [ReadResult.Of(file.Error(0, null, ErrorCodes.NotUtf8, "file is UTF-16; convert it to UTF-8"))];
            }

            if (first.Text is null || !string.IsNullOrWhiteSpace(first.Text))
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            return [ReadResult.Of(file.Error(0, null, ErrorCodes.Empty, "file is empty"))];
        }

        var rest = Prepend(first, lines);
        var format = InputFormats.FromName(file.Path)
            ?? (first.Text is null ? InputFormat.PlainText : InputFormats.FromFirstLine(first.Text));
        return format switch
        {
            InputFormat.JsonLines => JsonLinesReader.Read(file, rest),
            InputFormat.Wire => WireReader.Read(file, rest),
            _ => PlainTextReader.Read(file, rest),
        };
    }

    /// <summary>Turns I/O failures in the middle of a file into an error for that file, keeping what came before.</summary>
    private static IEnumerable<ReadResult> Guard(StoryFile file, IEnumerable<ReadResult> results)
    {
        using var enumerator = results.GetEnumerator();
        while (true)
        {
            ReadResult current;
            string? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                current = enumerator.Current;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                current = default;
                failure = e.Message;
            }

            if (failure is not null)
            {
                yield return ReadResult.Of(file.Error(0, null, ErrorCodes.Unreadable, $"read failed ({failure}); check the file"));
                yield break;
            }

            yield return current;
        }
    }

    private static IEnumerable<RawLine> Lines(Utf8LineReader reader)
    {
        while (reader.TryRead(out var line))
        {
            yield return line;
        }
    }

    private static IEnumerable<RawLine> Prepend(RawLine first, IEnumerator<RawLine> rest)
    {
        yield return first;
        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    private (Stream? Stream, RecordError? Error) Open(string path)
    {
        try
        {
            Stream stream = path == InputPaths.StandardInput
                ? openStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (InputFormats.IsGzip(path))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            return (stream, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new RecordError(path, 0, null, ErrorCodes.Unreadable, $"cannot open ({e.Message}); check that it exists and is readable"));
        }
    }

    private static string IdStem(string path)
    {
        if (path == InputPaths.StandardInput)
        {
            return "stdin";
        }

        var name = Path.GetFileName(InputFormats.WithoutGzip(path));
        var extension = Path.GetExtension(name);
        return extension.Length > 0 ? name[..^extension.Length] : name;
    }
}
