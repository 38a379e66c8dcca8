namespace Dyad.Cli.Commands;

/// <summary>Every subcommand of <c>dyad</c>, in the order the help lists them.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new CodeCommand(CodingStages.Build),
        new ExplainCommand(CodingStages.Build),
        new EvalTextCommand(),
        new EvalKnowledgeCommand(),
        new KnowledgeCheckCommand(),
        new ImportGeoNamesCommand(),
        new ImportTreatiesCommand(),
        new TrainSyntaxCommand(),
        new EvalSyntaxCommand(),
        new EvalEventsCommand(CodingStages.Build),
        new EvalCoreferenceCommand(CodingStages.Build),
    ];
}
