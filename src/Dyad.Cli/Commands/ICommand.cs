namespace Dyad.Cli.Commands;

/// <summary>A subcommand of <c>dyad</c>, such as <c>code</c> or <c>eval syntax</c>.</summary>
internal interface ICommand
{
    /// <summary>The words that name the command ("eval", "syntax").</summary>
    IReadOnlyList<string> Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full help text, with usage, options and examples.</summary>
    string Help { get; }

    /// <summary>Runs the command on the arguments that follow its name and returns the exit code.</summary>
    int Run(IReadOnlyList<string> arguments, CliContext context);
}
