namespace Dyad.Cli;

/// <summary>The streams a command talks to; tests pass their own.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, Func<Stream> OpenStandardOutput)
{
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, Console.OpenStandardInput, Console.OpenStandardOutput);
}
