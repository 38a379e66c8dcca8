namespace Dyad.Core.Errors;

/// <summary>
/// A problem with one input record: it is reported and skipped, and the batch goes on.
/// <see cref="Line"/> is 0 and <see cref="RecordId"/> null where they do not apply.
/// </summary>
public sealed record RecordError(string Path, long Line, string? RecordId, string Code, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}:{Line}" : Path;
        var record = RecordId is null ? "" : $" (record {RecordId})";
        return $"{where}{record}: {Code}: {Message}";
    }
}
