using System.Text.Json;
using Dyad.Cli.Arguments;
using Dyad.Knowledge.Checking;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge check</c>: validates a knowledge folder and reports <c>file:line: problem</c>.</summary>
internal sealed class KnowledgeCheckCommand : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["knowledge", "check"];

    public string Summary => "validate knowledge files (Dyad's or PETRARCH dictionaries) and count their entries";

    public string Help =>
        """
        Usage: dyad knowledge check [DIR] [--format dyad|petrarch] [--json]

        Reads every knowledge file in DIR (default: the bundled knowledge), and the code tables in DIR/codes when that
        folder exists, and prints each problem as
        'file:line: error|warning: message', then the entry counts. Exits 1 when there is any error.

        Options:
          --format dyad|petrarch   dyad (default): Dyad's own files (see docs/knowledge-formats.md);
                                   petrarch: PETRARCH-2 / Phoenix dictionaries (*actors*.txt, *agents*.txt,
                                   *verbs*.txt or CAMEO*.txt, *discards*.txt, *issues*.txt)
          --json                   end with one JSON object: actors, agents, verb_patterns, places,
                                   agreements, event_codes, errors, warnings

        Examples:
          dyad knowledge check
          dyad knowledge check --format petrarch ../shared/compat/phoenix --json

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--format"], ["--json"]);
        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("give at most one folder; see --help");
        }

        var directory = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : BundledKnowledge.Folder;
        var format = parsed.Value("--format") ?? "dyad";
        if (format is not ("dyad" or "petrarch"))
        {
            throw new UsageException($"unknown --format '{format}'; use dyad or petrarch");
        }

        if (!Directory.Exists(directory))
        {
            context.Error.WriteLine($"dyad knowledge check: folder '{directory}' not found; give the knowledge folder as DIR");
            return ExitCodes.Fatal;
        }

        var report = format == "petrarch" ? KnowledgeChecker.CheckPetrarch(directory) : KnowledgeChecker.CheckDyad(directory);
        foreach (var diagnostic in report.Diagnostics)
        {
            context.Out.WriteLine(diagnostic.ToString());
        }

        if (parsed.Has("--json"))
        {
            context.Out.WriteLine(Json(report));
        }
        else
        {
            context.Out.WriteLine(
                $"{report.Actors} actors, {report.Agents} agents, {report.VerbPatterns} verb patterns, {report.Places} places, " +
                $"{report.Agreements} agreements, {report.EventCodes} event codes; {report.Errors} errors, {report.Warnings} warnings");
        }

        return report.Errors > 0 ? ExitCodes.RecordsFailed : ExitCodes.Success;
    }

    private static string Json(KnowledgeCheckReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("actors", report.Actors);
            writer.WriteNumber("agents", report.Agents);
            writer.WriteNumber("verb_patterns", report.VerbPatterns);
            writer.WriteNumber("places", report.Places);
            writer.WriteNumber("agreements", report.Agreements);
            writer.WriteNumber("event_codes", report.EventCodes);
            writer.WriteNumber("errors", report.Errors);
            writer.WriteNumber("warnings", report.Warnings);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
