using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Cli.Arguments;
using Dyad.Core.Pipeline;
using Dyad.Events.Evaluation;
using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Index;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval events</c>: codes gold records end to end and scores the events against them.</summary>
internal sealed class EvalEventsCommand(Func<string?, IReadOnlyList<IStoryStage>> stages) : ICommand
{
    private const string Command = "eval events";

    private const string DefaultCorpus = "../corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl";

    private static readonly string[] Formats = ["petrarch", "plover", "sentences"];

    public IReadOnlyList<string> Name { get; } = ["eval", "events"];

    public string Summary => "score coded events against gold records (PETRARCH validation, PLOVER, Dyad sentences)";

    public string Help =>
        """
        Usage: dyad eval events --gold FILE --format petrarch|plover|sentences [--dictionaries D] [--corpus FILE]
                                [--date YYYY-MM-DD] [--misses FILE] [--json]

        Codes each gold record from its raw text with the stages of 'dyad code' and scores the events emitted as
        facts (negated and hypothetical events are not) as source x target dyads.

        Formats:
          petrarch   the PETRARCH-2 validation records (PETR_Validate_records_*.xml), those with evaluate="true",
                     each text dated by its record. A dyad is correct when source, target and CAMEO code equal an
                     expected triple (each matched once). Prints Correct / Uncoded / Extra and the records exactly
                     right per category and in total. Dictionaries default to petrarch:<the gold file's folder>.
          plover     JSON records (an array or JSON Lines) with text, event (a PLOVER type or a CAMEO code;
                     null for none),
                     source and target lists of {"actorText", "code"}, and optional id, date, category; records
                     sharing an id are one text. Emitted CAMEO codes become PLOVER types by the CAMEO table; a
                     dyad matches on source, target and type, leniently and strictly as for sentences.
          sentences  Dyad's development gold (gold/kremlin-dev.jsonl): the corpus items are coded whole and the
                     events triggered inside each gold sentence kept. Scored as its GUIDELINES.md says: a dyad
                     matches on source, target and CAMEO root; lenient compares the first 3 characters of actor
                     codes (all IGOs alike), strict the first 6. Also the share of lenient matches with the same
                     full CAMEO code and the same date.

        Options:
          --gold FILE          the gold file (required)
          --format F           petrarch, plover or sentences (required)
          --dictionaries D     knowledge as for 'dyad code' (DIR or petrarch:DIR)
          --corpus FILE        sentences: the JSON Lines corpus the items come from
                               (default: ../corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl beside the gold)
          --date YYYY-MM-DD    plover: the date of records that give none
          --misses FILE        write every record not exactly right (expected, emitted, missed, extra) to FILE;
                               '-' prints them before the figures
          --json               end with one JSON line: correct, expected, extra, records, records_exact,
                               precision, recall, f1 (sentences, plover: lenient; strict_* for strict)

        Records that cannot be read are reported as file:line and left out; the others are scored, and the exit
        code is then 1.

        Examples:
          dyad eval events --gold ../shared/compat/petrarch2-validate/PETR_Validate_records_2_02.xml --format petrarch
          dyad eval events --gold ../shared/gold/kremlin-dev.jsonl --format sentences --misses misses.txt --json
          dyad eval events --gold my-plover.jsonl --format plover --date 2024-03-01

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--gold", "--format", "--dictionaries", "--corpus", "--date", "--misses"], ["--json"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var goldPath = parsed.Value("--gold") ?? throw new UsageException("give the gold file with --gold FILE; see --help");
        var format = parsed.Value("--format") ?? throw new UsageException("give the gold format with --format petrarch|plover|sentences");
        if (!Formats.Contains(format))
        {
            throw new UsageException($"--format '{format}' is not one of petrarch, plover, sentences");
        }

        var date = DateArgument.Parse(parsed.Value("--date"));
        if (!File.Exists(goldPath))
        {
            context.Error.WriteLine($"dyad {Command}: {goldPath}: no such file; give the gold file with --gold FILE");
            return ExitCodes.Fatal;
        }

        GoldSet gold;
        try
        {
            gold = format switch
            {
                "petrarch" => PetrarchValidationReader.Read(goldPath),
                "plover" => PloverGoldReader.Read(goldPath, date),
                _ => SentenceGoldReader.Read(goldPath),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad {Command}: cannot read {goldPath} ({e.Message}); check that it is readable");
            return ExitCodes.Fatal;
        }

        var problems = 0;
        void Report(string problem)
        {
            problems++;
            context.Error.WriteLine($"dyad {Command}: {problem}");
        }

        foreach (var problem in gold.Problems)
        {
            Report(problem.ToString());
        }

        if (gold.Items.IsEmpty)
        {
            context.Error.WriteLine($"dyad {Command}: no records to score in {goldPath}; check that it is a {format} gold file");
            return ExitCodes.Fatal;
        }

        var goldFolder = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        var corpus = parsed.Value("--corpus") ?? Path.GetFullPath(Path.Combine(goldFolder, DefaultCorpus));
        if (format == "sentences" && !File.Exists(corpus))
        {
            context.Error.WriteLine($"dyad {Command}: corpus {corpus} not found; give the corpus the sentences come from with --corpus FILE");
            return ExitCodes.Fatal;
        }

        CameoEventTable? codes = null;
        if (format == "plover" && (codes = LoadCodes(context)) is null)
        {
            return ExitCodes.Fatal;
        }

        var dictionaries = parsed.Value("--dictionaries") ?? (format == "petrarch" ? ActorIndexSource.PetrarchPrefix + goldFolder : null);
        StoryPipeline pipeline;
        try
        {
            pipeline = StoryPipeline.Build(stages(dictionaries));
        }
        catch (KnowledgeUnusableException e)
        {
            context.Error.WriteLine($"dyad {Command}: {e.Message}");
            foreach (var problem in e.Problems.Take(5))
            {
                context.Error.WriteLine($"  {problem}");
            }

            return ExitCodes.Fatal;
        }

        var coded = format == "sentences"
            ? GoldCoding.CodeSentences(gold, corpus, pipeline, context, Report)
            : GoldCoding.CodeTexts(gold, pipeline, Report);
        var output = new StringBuilder();
        IEnumerable<ScoredItem> items;
        if (format == "petrarch")
        {
            var score = PetrarchScorer.Score(coded);
            WritePetrarch(output, score);
            items = score.Items;
            if (parsed.Has("--json"))
            {
                output.Append(Json(score.Total, score.Total, null, score.Categories)).Append('\n');
            }
        }
        else
        {
            var score = format == "plover" ? PloverScorer.Score(coded, codes!) : SentenceScorer.Score(coded);
            WriteDyads(output, score, format == "plover" ? "PLOVER type" : "CAMEO code");
            items = score.Items;
            if (parsed.Has("--json"))
            {
                output.Append(Json(score.Lenient, score.Strict, score, [])).Append('\n');
            }
        }

        if (parsed.Value("--misses") is { } missesPath)
        {
            if (missesPath == "-")
            {
                MissReport.Write(context.Out, items);
            }
            else if (!KnowledgeImport.WriteOutput(missesPath, Command, context, writer => MissReport.Write(writer, items)))
            {
                return ExitCodes.Fatal;
            }
        }

        context.Out.Write(output.ToString());
        return problems > 0 ? ExitCodes.RecordsFailed : ExitCodes.Success;
    }

    private static CameoEventTable? LoadCodes(CliContext context)
    {
        var directory = Path.Combine(BundledKnowledge.Folder, "codes");
        var table = CodeTableLoader.Load(directory);
        if (table.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            KnowledgeImport.Report(table.Diagnostics, context);
            context.Error.WriteLine($"dyad {Command}: the CAMEO code table in {directory} has errors; run 'dyad knowledge check'");
            return null;
        }

        return table.Value;
    }

    private static void WritePetrarch(StringBuilder output, PetrarchScore score)
    {
        var width = Math.Max("category".Length, score.Categories.Max(c => c.Category.Length));
        output.Append(CultureInfo.InvariantCulture, $"{"category".PadRight(width)}  records    exact  expected  correct  uncoded    extra\n");
        foreach (var (category, tally) in score.Categories)
        {
            output.Append(Row(category.PadRight(width), tally));
        }

        output.Append(Row("total".PadRight(width), score.Total));
        var total = score.Total;
        output.Append(CultureInfo.InvariantCulture, $"correct {total.Correct} of {total.Expected} expected ({Percent(total.Correct, total.Expected)}), uncoded {total.Uncoded}, extra {total.Extra} ({Percent(total.Extra, total.Expected)} of expected), records exactly right {total.RecordsExact} of {total.Records}\n");
    }

    private static string Row(string name, EventTally t) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}  {t.Records,7}  {t.RecordsExact,7}  {t.Expected,8}  {t.Correct,7}  {t.Uncoded,7}  {t.Extra,7}\n");

    private static string Percent(int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{(whole == 0 ? 0 : 100.0 * part / whole):F1} %");

    private static void WriteDyads(StringBuilder output, DyadScore score, string code)
    {
        var l = score.Lenient;
        output.Append(CultureInfo.InvariantCulture, $"records {l.Records}, exactly right {l.RecordsExact}; gold dyads {l.Expected}, emitted dyads {l.Emitted}\n");
        foreach (var (mode, t) in new[] { ("lenient", score.Lenient), ("strict ", score.Strict) })
        {
            output.Append(CultureInfo.InvariantCulture, $"{mode}  precision {t.Precision:F4}  recall {t.Recall:F4}  F1 {t.F1:F4}  (correct {t.Correct}, extra {t.Extra}, uncoded {t.Uncoded})\n");
        }

        output.Append(CultureInfo.InvariantCulture, $"on lenient matches: same {code} {score.SameCodeShare:F4} ({score.SameCode}), same date {score.SameDateShare:F4} ({score.SameDate}), same place {score.SamePlaceShare:F4} ({score.SamePlace} of {score.WithGoldPlace} with a gold place)\n");
    }

    private static string Json(EventTally main, EventTally strict, DyadScore? dyads, IReadOnlyList<(string Category, EventTally Tally)> categories)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Counts(json, "", main);
            json.WriteNumber("records", main.Records);
            json.WriteNumber("records_exact", main.RecordsExact);
            if (dyads is not null)
            {
                Counts(json, "strict_", strict);
                json.WriteNumber("same_code", Math.Round(dyads.SameCodeShare, 4));
                json.WriteNumber("same_date", Math.Round(dyads.SameDateShare, 4));
                json.WriteNumber("same_place", Math.Round(dyads.SamePlaceShare, 4));
            }

            if (categories.Count > 0)
            {
                json.WriteStartObject("categories");
                foreach (var (category, tally) in categories)
                {
                    json.WriteStartObject(category);
                    Counts(json, "", tally);
                    json.WriteNumber("records", tally.Records);
                    json.WriteNumber("records_exact", tally.RecordsExact);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Counts(Utf8JsonWriter json, string prefix, EventTally tally)
    {
        json.WriteNumber(prefix + "correct", tally.Correct);
        json.WriteNumber(prefix + "expected", tally.Expected);
        json.WriteNumber(prefix + "uncoded", tally.Uncoded);
        json.WriteNumber(prefix + "extra", tally.Extra);
        json.WriteNumber(prefix + "precision", Math.Round(tally.Precision, 4));
        json.WriteNumber(prefix + "recall", Math.Round(tally.Recall, 4));
        json.WriteNumber(prefix + "f1", Math.Round(tally.F1, 4));
    }
}
