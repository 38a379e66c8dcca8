using System.Text.Json;
using Dyad.Core.Errors;
using Dyad.Output;
using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class CodeCommandTests
{
    [Fact]
    public void Run_MixedGoodAndBadInput_WritesGoodRecordsReportsBadOnesAndExitsOne()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("a.txt", "date 2023-05-08 MOSCOW, May 8. /TASS/. One.\ndate 2023-05-09 Two.\n");
        directory.Write("b.jsonl", "{\"id\": \"j\", \"date\": \"2020-01-01\", \"text\": \"x\"}\nnot json\n");
        directory.Write("c.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0]);
        directory.Write("d.txt", "");
        var errors = Path.Combine(directory.Path, "errors.jsonl");

        var run = CliRun.Of("code", directory.Path, "--stories", "--errors", errors);

        var ids = Records(run.Out).Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "a-2", "j"], ids);
        Assert.Equal(ExitCodes.RecordsFailed, run.ExitCode);
        var reported = File.ReadAllLines(errors).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("code").GetString()).ToList();
        Assert.Equal([ErrorCodes.InvalidJson, ErrorCodes.Binary, ErrorCodes.Empty], reported);
        Assert.Contains("b.jsonl:2: DY105", run.Error, StringComparison.Ordinal);
        Assert.Contains("6 stories read, 3 written, 3 failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlainTextWithoutDate_ReportsMissingDateUnlessDateGiven()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("p.txt", "Protesters gathered in the capital.");

        var undated = CliRun.Of("code", path);
        var dated = CliRun.Of("code", path, "--stories", "--date", "2024-03-01");

        Assert.Equal(ExitCodes.RecordsFailed, undated.ExitCode);
        Assert.Contains(ErrorCodes.MissingDate, undated.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, dated.ExitCode);
        Assert.Equal("2024-03-01", Records(dated.Out).Single().GetProperty("date").GetString());
    }

    [Fact]
    public void Run_StandardInput_IsRead()
    {
        var run = CliRun.Of(["code", "-", "--stories"], "date 2023-05-08 Text from a pipe.\n");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("stdin", Records(run.Out).Single().GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--date", "08/05/2023", "not a date")]
    [InlineData(null, null, "give at least one PATH")]
    public void Run_BadCommandLine_IsUsageError(string? option, string? value, string message)
    {
        string[] arguments = option is null ? ["code"] : ["code", "x.txt", option, value!];

        var run = CliRun.Of(arguments);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutputInMissingFolder_IsFatalWithMessage()
    {
        using var directory = new TemporaryDirectory();
        var input = directory.Write("a.txt", "date 2023-05-08 Text.\n");

        var run = CliRun.Of("code", input, "--output", Path.Combine(directory.Path, "no", "such", "out.jsonl"));

        Assert.Equal(ExitCodes.Fatal, run.ExitCode);
        Assert.Contains("cannot write --output", run.Error, StringComparison.Ordinal);
    }

    [SharedFact("corpora/news/seed/tass-2023-05-08-putin-japarov.txt")]
    public void Run_SeedStory_GivesDatelineMoscowTassAndSevenSentences()
    {
        var run = CliRun.Of("code", SharedData.PathOf("corpora/news/seed/tass-2023-05-08-putin-japarov.txt"), "--stories");

        var story = Records(run.Out).Single();
        var dateline = story.GetProperty("dateline");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("MOSCOW", dateline.GetProperty("place").GetString());
        Assert.Equal("TASS", dateline.GetProperty("agency").GetString());
        Assert.Equal("TASS", story.GetProperty("source").GetString());
        Assert.Equal("2023-05-08", story.GetProperty("date").GetString());
        Assert.Equal(7, story.GetProperty("sentences").GetArrayLength());
        var actors = story.GetProperty("actors").EnumerateArray().ToList();
        Assert.Contains(actors, a => a.GetProperty("text").GetString() == "Russian President Vladimir Putin" && a.GetProperty("code").GetString() == "RUSGOV");
        Assert.Contains(actors, a => a.GetProperty("text").GetString() == "Sadyr Japarov" && a.GetProperty("code").GetString() == "KGZGOV");
        Assert.Contains(actors, a => a.GetProperty("text").GetString() == "CSTO" && a.GetProperty("code").GetString()!.StartsWith("IGO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/no/such/folder")]
    [InlineData("petrarch:/no/such/folder")]
    public void Run_MissingDictionaries_IsFatalWithMessage(string dictionaries)
    {
        using var directory = new TemporaryDirectory();
        var input = directory.Write("a.txt", "date 2023-05-08 Text.\n");

        var run = CliRun.Of("code", input, "--dictionaries", dictionaries);

        Assert.Equal(ExitCodes.Fatal, run.ExitCode);
        Assert.Contains("no such knowledge folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Run_BundledSamples_AreAllWrittenWithTheirDatelines()
    {
        var run = CliRun.Of("code", Path.Combine(SharedData.RepositoryRoot, "samples"), "--stories", "--date", "2025-05-05");

        var stories = Records(run.Out);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(9, stories.Count);
        Assert.All(stories, s => Assert.Equal(JsonValueKind.Object, s.GetProperty("dateline").ValueKind));
        Assert.All(stories, s => Assert.True(s.GetProperty("sentences").GetArrayLength() >= 2));
    }

    [Fact]
    public void Run_DefaultOutput_WritesOneEventRecordPerCodedEvent()
    {
        var run = CliRun.Of(["code", "-"], TalksStory);

        var events = Records(run.Out);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([("RUSGOV", "KGZGOV", "046"), ("KGZGOV", "RUSGOV", "046")], events.Select(e => (Code(e, "source"), Code(e, "target"), e.GetProperty("cameo_code").GetString())));
        var first = events[0];
        Assert.Equal("04", first.GetProperty("cameo_root").GetString());
        Assert.Equal("CONSULT", first.GetProperty("plover_event").GetString());
        Assert.Equal("2023-05-08", first.GetProperty("date").GetString());
        Assert.Equal("held talks", first.GetProperty("trigger_text").GetString());
        Assert.All(events, e => Assert.True(e.GetProperty("joint").GetBoolean()));
        Assert.StartsWith("events.txt:", first.GetProperty("pattern").GetString(), StringComparison.Ordinal);
        Assert.Equal("Russian President Vladimir Putin", first.GetProperty("source")[0].GetProperty("text").GetString());
        Assert.DoesNotContain(events, e => Code(e, "target") is "RUS" || Code(e, "source") is "RUS");
    }

    [Fact]
    public void Run_TsvFormat_WritesThePhoenixHeaderAndOneRowPerDyad()
    {
        var run = CliRun.Of(["code", "-", "--format", "tsv"], TalksStory);

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(PhoenixTsvWriter.Header, lines[0]);
        var row = lines[1].Split('\t');
        Assert.Equal(PhoenixTsvWriter.Header.Split('\t').Length, row.Length);
        Assert.Equal(("20230508", "RUSGOV", "RUS", "GOV", "KGZGOV", "046", "04"), (row[1], row[5], row[6], row[7], row[9], row[13], row[14]));
    }

    [Theory]
    [InlineData("--format", "xml", "not known")]
    [InlineData("--stories", "--format", "leave out --format tsv")]
    public void Run_BadFormat_IsUsageError(string first, string second, string message)
    {
        string[] arguments = first == "--stories" ? ["code", "-", first, second, "tsv"] : ["code", "-", first, second];

        var run = CliRun.Of(arguments, TalksStory);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneADay_KeepsTheFirstRecordOfEachDateDyadAndCodeAcrossStories()
    {
        const string Stories = "date 2023-05-08 Vladimir Putin met Sadyr Japarov.\ndate 2023-05-08 Vladimir Putin met Sadyr Japarov.\ndate 2023-05-09 Vladimir Putin met Sadyr Japarov.\n";

        var all = Records(CliRun.Of(["code", "-"], Stories).Out);
        var daily = Records(CliRun.Of(["code", "-", "--one-a-day"], Stories).Out);

        Assert.Equal(6, all.Count);
        Assert.Equal(["stdin", "stdin", "stdin-3", "stdin-3"], daily.Select(e => e.GetProperty("story_id").GetString()));
    }

    private const string TalksStory = "date 2023-05-08 MOSCOW, May 8. /TASS/. Russian President Vladimir Putin held talks with Kyrgyz President Sadyr Japarov in Moscow.\n";

    private static string? Code(JsonElement record, string role) => record.GetProperty(role)[0].GetProperty("code").GetString();

    private static List<JsonElement> Records(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
}
