namespace Dyad.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Success = 0;

    /// <summary>The run finished but some records failed; each is reported.</summary>
    public const int RecordsFailed = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>The run could not go on (an output that cannot be written, a missing model or data file).</summary>
    public const int Fatal = 3;
}
