using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Codes;

/// <summary>
/// Loads <c>cameo-events.txt</c> and <c>plover.txt</c> from a codes folder and checks them against each other: every
/// code's root is in the table, and every PLOVER event, mode and context a code maps to is defined in plover.txt.
/// </summary>
public static class CodeTableLoader
{
    /// <summary>The folder of the code tables inside a knowledge folder.</summary>
    public const string Folder = "codes";

    public const string CameoEventsFile = "cameo-events.txt";

    public const string PloverFile = "plover.txt";

    public static ReadResult<CameoEventTable> Load(string directory)
    {
        var diagnostics = new List<KnowledgeDiagnostic>();
        var eventsPath = Path.Combine(directory, CameoEventsFile);
        var ploverPath = Path.Combine(directory, PloverFile);
        if (!File.Exists(eventsPath))
        {
            return new ReadResult<CameoEventTable>(CameoEventTable.Empty, [new KnowledgeDiagnostic(eventsPath, 0, DiagnosticSeverity.Error, "the CAMEO event code table is missing; restore it from the repository's knowledge/codes")]);
        }

        var events = CameoEventReader.Read(eventsPath);
        diagnostics.AddRange(events.Diagnostics);
        var plover = PloverVocabulary.Empty;
        if (File.Exists(ploverPath))
        {
            var read = PloverReader.Read(ploverPath);
            diagnostics.AddRange(read.Diagnostics);
            plover = read.Value;
        }
        else
        {
            diagnostics.Add(new KnowledgeDiagnostic(ploverPath, 0, DiagnosticSeverity.Error, "the PLOVER table is missing; restore it from the repository's knowledge/codes"));
        }

        var table = new CameoEventTable(events.Value, plover);
        diagnostics.AddRange(CrossCheck(table));
        return new ReadResult<CameoEventTable>(table, diagnostics);
    }

    /// <summary>The codes of <paramref name="patterns"/> that are not in <paramref name="table"/>, as errors at the pattern's line.</summary>
    public static IEnumerable<KnowledgeDiagnostic> CheckEventPatterns(IEnumerable<EventPattern> patterns, CameoEventTable table) =>
        patterns.SelectMany(p => new[] { p.Code, p.Reverse }.OfType<string>().Where(code => table.Find(code) is null)
            .Select(code => new KnowledgeDiagnostic(p.Source.File, p.Source.Line, DiagnosticSeverity.Error, $"event code '{code}' is not in the CAMEO event code table")));

    private static IEnumerable<KnowledgeDiagnostic> CrossCheck(CameoEventTable table)
    {
        foreach (var cameo in table.Events)
        {
            var problems = new List<string>();
            if (table.Find(cameo.Root) is null)
            {
                problems.Add($"its root {cameo.Root} is not in the table");
            }

            if (cameo.PloverEvent is { } ploverEvent)
            {
                if (!table.Plover.ModesOfEvent.TryGetValue(ploverEvent, out var modes))
                {
                    problems.Add($"PLOVER event '{ploverEvent}' is not in {PloverFile}");
                }
                else if (cameo.PloverMode is { } mode && !modes.Contains(mode))
                {
                    problems.Add($"mode '{mode}' is not a mode of {ploverEvent} in {PloverFile}");
                }
            }

            problems.AddRange(cameo.PloverContexts.Where(c => !table.Plover.Contexts.Contains(c)).Select(c => $"context '{c}' is not in {PloverFile}"));
            problems.AddRange(ModalCodeProblems(table, cameo));
            foreach (var problem in problems)
            {
                yield return new KnowledgeDiagnostic(cameo.Source.File, cameo.Source.Line, DiagnosticSeverity.Error, $"{cameo.Code}: {problem}");
            }
        }
    }

    /// <summary>
    /// An intent must be a code of the table under root 03 (or 13: announced force and sanctions are threats), an
    /// appeal under 02 and a demand under 10.
    /// </summary>
    private static IEnumerable<string> ModalCodeProblems(CameoEventTable table, CameoEvent cameo)
    {
        (string Label, string? Code, string[] Roots)[] fields = [("intent", cameo.Intent, ["03", "13"]), ("appeal", cameo.Appeal, ["02"]), ("demand", cameo.Demand, ["10"])];
        foreach (var (label, code, roots) in fields)
        {
            if (code is not null && (table.Find(code) is null || !roots.Contains(code[..2])))
            {
                yield return $"{label} '{code}' must be a code of the table under root {string.Join(" or ", roots)}";
            }
        }
    }
}
