namespace Dyad.Knowledge.Diagnostics;

/// <summary>An error makes a knowledge set unusable; a warning is reported and the entry is skipped or repaired.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
