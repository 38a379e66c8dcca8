namespace Dyad.Core.Errors;

/// <summary>
/// The stable codes of record-level problems. A code never changes meaning; new problems get new codes.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A path that does not exist or cannot be opened.</summary>
    public const string Unreadable = "DY101";

    /// <summary>A file whose bytes are not UTF-8.</summary>
    public const string NotUtf8 = "DY102";

    /// <summary>A file that holds binary data (NUL bytes).</summary>
    public const string Binary = "DY103";

    /// <summary>A file or record with no text.</summary>
    public const string Empty = "DY104";

    /// <summary>A JSON Lines record that is not a JSON object.</summary>
    public const string InvalidJson = "DY105";

    /// <summary>A record without a required field.</summary>
    public const string MissingField = "DY106";

    /// <summary>A date that is not YYYY-MM-DD or not a real day.</summary>
    public const string InvalidDate = "DY107";

    /// <summary>A story with no date from its record, its dateline or --date.</summary>
    public const string MissingDate = "DY108";

    /// <summary>A record larger than the story size limit.</summary>
    public const string TooLarge = "DY109";

    /// <summary>A story that could not be processed for a reason not listed above.</summary>
    public const string Failed = "DY199";
}
