namespace Dyad.Input;

/// <summary>How stories are read.</summary>
/// <param name="DefaultDate">The date of stories whose input gives none (plain text, records without "date").</param>
/// <param name="MaxRecordBytes">The largest story or line accepted; larger ones are reported and skipped.</param>
public readonly record struct ReaderOptions(DateOnly? DefaultDate, int MaxRecordBytes)
{
    public const int DefaultMaxRecordBytes = 16 * 1024 * 1024;

    public static ReaderOptions Default { get; } = new(null, DefaultMaxRecordBytes);
}
