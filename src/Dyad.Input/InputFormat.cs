namespace Dyad.Input;

/// <summary>The story formats Dyad reads.</summary>
public enum InputFormat
{
    /// <summary>Wire stories: each starts with a line "date YYYY-MM-DD", followed by dateline and text.</summary>
    Wire,

    /// <summary>One story per file, dated by --date or its dateline.</summary>
    PlainText,

    /// <summary>One JSON object per line with id, date, text and optional title, lead, url.</summary>
    JsonLines,
}
