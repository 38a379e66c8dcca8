using System.Text;
using Dyad.Cli.Arguments;
using Dyad.Cli.Commands;

namespace Dyad.Cli;

/// <summary>Finds the subcommand named by the arguments, runs it, and turns usage errors into messages.</summary>
internal static class CommandLine
{
    public static int Run(IReadOnlyList<string> arguments, CliContext context) => Run(arguments, context, CommandTable.All);

    public static int Run(IReadOnlyList<string> arguments, CliContext context, IReadOnlyList<ICommand> commands)
    {
        if (arguments.Count == 0 || arguments[0] is "--help" or "-h" or "help")
        {
            context.Out.Write(Overview(commands));
            return arguments.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var command = Find(arguments, commands);
        if (command is null)
        {
            context.Error.WriteLine($"dyad: unknown command '{string.Join(' ', arguments.TakeWhile(a => !a.StartsWith('-')))}'; run 'dyad --help' for the list");
            return ExitCodes.Usage;
        }

        var rest = arguments.Skip(command.Name.Count).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            context.Out.Write(command.Help);
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(rest, context);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"dyad {string.Join(' ', command.Name)}: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static ICommand? Find(IReadOnlyList<string> arguments, IReadOnlyList<ICommand> commands) =>
        commands
            .Where(c => c.Name.Count <= arguments.Count && c.Name.Select((word, i) => arguments[i] == word).All(x => x))
            .MaxBy(c => c.Name.Count);

    private static string Overview(IReadOnlyList<ICommand> commands)
    {
        var text = new StringBuilder();
        text.Append("dyad: political event data from news stories\n\nUsage: dyad COMMAND [OPTIONS]\n\nCommands:\n");
        var width = commands.Count == 0 ? 0 : commands.Max(c => string.Join(' ', c.Name).Length);
        foreach (var command in commands)
        {
            text.Append("  ").Append(string.Join(' ', command.Name).PadRight(width + 2)).Append(command.Summary).Append('\n');
        }

        text.Append("\nRun 'dyad COMMAND --help' for a command's options and examples.\n");
        return text.ToString();
    }
}
