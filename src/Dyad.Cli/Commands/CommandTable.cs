using Dyad.Core.Pipeline;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary>Every subcommand of <c>dyad</c>, in the order the help lists them.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new CodeCommand(Stages),
        new EvalTextCommand(),
        new EvalKnowledgeCommand(),
        new KnowledgeCheckCommand(),
        new ImportGeoNamesCommand(),
        new ImportTreatiesCommand(),
    ];

    /// <summary>The stages of <c>dyad code</c>, in order.</summary>
    private static IReadOnlyList<IStoryStage> Stages() => [new TextStage(TextOptions.Default)];
}
