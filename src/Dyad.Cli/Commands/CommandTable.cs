namespace Dyad.Cli.Commands;

/// <summary>Every subcommand of <c>dyad</c>, in the order the help lists them.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new CodeCommand(CodingStageLoader.Load),
        new ExplainCommand(CodingStageLoader.Load),
        new EvalTextCommand(),
        new EvalKnowledgeCommand(),
        new KnowledgeCheckCommand(),
        new ImportGeoNamesCommand(),
        new ImportTreatiesCommand(),
        new TrainClustersCommand(),
        new TrainSyntaxCommand(),
        new EvalSyntaxCommand(),
        new EvalEventsCommand(CodingStageLoader.Load),
        new EvalCoreferenceCommand(CodingStageLoader.Load),
    ];
}
