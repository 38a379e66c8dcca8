using Dyad.Core.Errors;
using Dyad.Input.Lines;

namespace Dyad.Input.Formats;

/// <summary>One input file (or standard input) as the format readers see it: its display path, id stem and options.</summary>
public sealed record StoryFile(string Path, string IdStem, ReaderOptions Options)
{
    public RecordError Error(long line, string? recordId, string code, string message) => new(Path, line, recordId, code, message);

    public RecordError LineError(RawLine line, string? recordId) => line.Problem switch
    {
        LineProblem.TooLong => Error(
            line.Number,
            recordId,
            ErrorCodes.TooLarge,
            $"line is {line.ByteLength:N0} bytes, over the {Options.MaxRecordBytes:N0}-byte limit; split it into smaller records"),
        LineProblem.NotUtf8 => Error(line.Number, recordId, ErrorCodes.NotUtf8, "line is not valid UTF-8; convert the file to UTF-8"),
        _ => Error(line.Number, recordId, ErrorCodes.Binary, "binary data (NUL bytes); this is not a text file, leave it out of the input"),
    };
}
