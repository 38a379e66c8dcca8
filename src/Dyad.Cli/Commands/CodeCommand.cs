using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Pipeline;
using Dyad.Events.Coding;
using Dyad.Input;
using Dyad.Output;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code</c>: reads stories and writes their records, reporting bad records without stopping.</summary>
internal sealed class CodeCommand(Func<string?, IReadOnlyList<IStoryStage>> stages) : ICommand
{
    private static readonly string[] Valued = ["--output", "--errors", "--date", "--threads", "--dictionaries", "--format"];
    private static readonly string[] Flags = ["--stories", "--one-a-day"];

    public IReadOnlyList<string> Name { get; } = ["code"];

    public string Summary => "read stories and write their coded events (or story records) as JSON lines or TSV";

    public string Help => """
        Usage: dyad code PATH... [--output FILE] [--stories | --format tsv] [--errors FILE] [--date YYYY-MM-DD]
                            [--threads N] [--dictionaries DIR|petrarch:DIR]

        Reads news stories, parses them and writes one JSON line per coded event: source and target actors,
        CAMEO and PLOVER codes, modality, date, trigger words, the pattern that matched and the sentence, each
        with its character offsets in the story. Negated and hypothetical events are not written
        (`dyad explain` shows them).

        PATH        a file, a directory (read recursively: .txt .wire .jsonl .ndjson .json, also gzipped),
                    a .gz file, or - for standard input. Formats:
                      wire        a line 'date YYYY-MM-DD' opens each story, the dateline and text follow
                      JSON Lines  one object a line with id, date, text and optional title, lead, url
                      plain text  one story per file, dated by --date or its dateline
        --output FILE   write records to FILE instead of standard output
        --stories       write one record per story instead: dateline, sentences, actor mentions, places
                        with coordinates, quotes, agreements and events
        --format FORMAT json (default) or tsv: the Phoenix / PETRARCH event table, one row per dyad
        --one-a-day     across stories, keep only the first record of each date, source, target and code
                        (the Phoenix rule); within a story, repeated mentions are always one record
        --errors FILE   also write each bad record's problem to FILE as a JSON line
        --date DATE     the date of stories whose input gives none
        --threads N     code stories on N threads (default: one per core); output order is input order
        --dictionaries DIR           add a folder of Dyad knowledge files to the bundled knowledge
        --dictionaries petrarch:DIR  use PETRARCH-2 / Phoenix dictionaries instead of the bundled knowledge

        Bad records never stop the run: each is reported on standard error (file, line or record id, problem)
        and the rest are written. A summary line counts stories read, written and failed.
        Exit codes: 0 all written; 1 some records failed; 2 wrong command line; 3 output could not be written.

        Examples:
          dyad code samples/
          dyad code story.txt --date 2023-05-08
          dyad code corpus.jsonl.gz --output events.jsonl --errors errors.jsonl
          dyad code corpus.jsonl.gz --stories --output stories.jsonl
          dyad code corpus.jsonl.gz --format tsv --output events.tsv
          cat story.txt | dyad code - --date 2023-05-08
          dyad code samples/ --date 2025-05-05 --dictionaries petrarch:phoenix/
        """.Replace("\r", "", StringComparison.Ordinal) + "\n";

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, Valued, Flags);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("give at least one PATH (a file, a directory, or - for standard input); see --help");
        }

        var options = new ReaderOptions(DateArgument.Parse(parsed.Value("--date")), ReaderOptions.DefaultMaxRecordBytes);
        var threads = ParseThreads(parsed.Value("--threads"));
        var format = parsed.Value("--format") ?? "json";
        if (format is not ("json" or "tsv") || (format == "tsv" && parsed.Has("--stories")))
        {
            throw new UsageException(format is "json" or "tsv"
                ? "--stories writes JSON story records; leave out --format tsv"
                : $"--format '{format}' is not known; use json or tsv");
        }

        StoryPipeline pipeline;
        try
        {
            pipeline = StoryPipeline.Build(stages(parsed.Value("--dictionaries")));
        }
        catch (KnowledgeUnusableException e)
        {
            context.Error.WriteLine($"dyad code: {e.Message}");
            foreach (var problem in e.Problems.Take(5))
            {
                context.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.Fatal;
        }
        using var output = OpenOutput(parsed.Value("--output"), context);
        if (output is null)
        {
            return ExitCodes.Fatal;
        }

        using var errorOutput = parsed.Value("--errors") is { } errorsPath ? OpenFile(errorsPath, "--errors", context) : null;
        if (parsed.Has("--errors") && errorOutput is null)
        {
            return ExitCodes.Fatal;
        }

        var table = BundledKnowledge.LoadCodeTable();
        using IRecordWriter records = format == "tsv" ? new PhoenixTsvWriter(output, table)
            : parsed.Has("--stories") ? new StoryRecordWriter(output, table)
            : new EventRecordWriter(output, table);
        using var errors = errorOutput is null ? null : new ErrorRecordWriter(errorOutput);
        var run = new CodeRun(records, errors, context.Error, parsed.Has("--one-a-day") ? new HashSet<string>(StringComparer.Ordinal) : null);
        var ownFiles = new[] { parsed.Value("--output"), parsed.Value("--errors") }
            .Where(p => p is not null and not "-")
            .Select(p => Path.GetFullPath(p!))
            .ToHashSet(StringComparer.Ordinal);
        var stories = new StoryReader(options, context.OpenStandardInput).Read(parsed.Positionals, ownFiles);
        foreach (var outcome in OrderedParallel.Map(stories, result => StoryOutcome.Of(result, pipeline), threads))
        {
            run.Take(outcome);
        }

        output.Flush();
        context.Error.WriteLine($"dyad code: {run.Read:N0} {(run.Read == 1 ? "story" : "stories")} read, {run.Written:N0} written, {run.Failed:N0} failed");
        return run.Failed > 0 ? ExitCodes.RecordsFailed : ExitCodes.Success;
    }

    private static int ParseThreads(string? value) =>
        value is null
            ? Environment.ProcessorCount
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads is >= 1 and <= 256
                ? threads
                : throw new UsageException($"--threads '{value}' is not a number from 1 to 256");

    private static Stream? OpenOutput(string? path, CliContext context) =>
        path is null or "-" ? new BufferedStream(context.OpenStandardOutput(), 1 << 16) : OpenFile(path, "--output", context);

    private static FileStream? OpenFile(string path, string option, CliContext context)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad code: cannot write {option} {path} ({e.Message}); check the folder exists and is writable");
            return null;
        }
    }

    /// <summary>
    /// The running counts of one <c>dyad code</c> run: writes each coded story, reports each failure; with
    /// <c>seen</c> (--one-a-day) it drops events whose key an earlier story already wrote.
    /// </summary>
    private sealed class CodeRun(IRecordWriter records, ErrorRecordWriter? errors, TextWriter report, HashSet<string>? seen)
    {
        public long Read { get; private set; }

        public long Written { get; private set; }

        public long Failed { get; private set; }

        public void Take(StoryOutcome outcome)
        {
            Read++;
            if (outcome.Error is { } error)
            {
                Failed++;
                report.WriteLine($"dyad: {error}");
                errors?.Write(error);
                return;
            }

            var story = outcome.Story!;
            records.Write(seen is null ? story : story with { Events = [.. story.Events.Where(e => !e.IsCoded || seen.Add(EventMerger.Key(e)))] });
            Written++;
        }
    }
}
