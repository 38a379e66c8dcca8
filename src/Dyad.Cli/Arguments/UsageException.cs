namespace Dyad.Cli.Arguments;

/// <summary>A command line that cannot be run; the message says what is wrong and what to type instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
