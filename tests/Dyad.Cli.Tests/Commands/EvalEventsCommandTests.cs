using System.Text.Json;
using Dyad.Cli.Commands;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class EvalEventsCommandTests : IDisposable
{
    private const string Records =
        """
        <Validation>
        <!--
        # banner with <Sentence ... evaluate="false">
        -->
        <Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
        <EventCoding eventcode="040" sourcecode="ARN" targetcode="GON" />
        <Text>
        Arnor met Gondor.
        </Text>
        <Parse>
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
        </Parse></Sentence>
        <Sentence category="VERB" date="19950101" id="VERB-01" evaluate="true">
        <EventCoding eventcode="190" sourcecode="GON" targetcode="ARN" />
        <Text>Gondor attacked Arnor.</Text>
        </Sentence>
        </Validation>
        """;

    private readonly TemporaryDirectory _folder = new();

    private readonly List<string?> _dictionaries = [];

    public void Dispose() => _folder.Dispose();

    /// <summary>Codes "X met Y" as X->Y 040 with the first three letters of each name as its code.</summary>
    private sealed class MeetingStage : IStoryStage
    {
        public string Name => "meetings";

        public IReadOnlyList<string> Requires => [];

        public IReadOnlyList<string> Provides => [StoryLayers.Events];

        public Story Process(Story story)
        {
            var words = story.Text.Split([' ', '.', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var at = Array.IndexOf(words, "met");
            if (at < 1)
            {
                return story;
            }

            var trigger = story.Text.IndexOf(" met ", StringComparison.Ordinal) + 1;
            var coded = new CodedEvent
            {
                Sentence = 0,
                Sources = [Actor(words[at - 1])],
                Targets = [Actor(words[at + 1])],
                CameoCode = "040",
                Trigger = new TextSpan(trigger, trigger + 3),
                Pattern = "test",
                Date = story.Date,
            };
            return story with { Events = [coded] };
        }

        private static Actor Actor(string name) => new(0, name.Length, 0, name[..3].ToUpperInvariant(), null, null, name, "test");
    }

    private CliRun Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => Stream.Null, () => Stream.Null);
        var command = new EvalEventsCommand(dictionaries =>
        {
            _dictionaries.Add(dictionaries);
            return [new MeetingStage()];
        });
        var code = CommandLine.Run(["eval", "events", .. arguments], context, [command]);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static JsonElement LastJson(string output) => JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;

    [Theory]
    [InlineData(new[] { "--format", "petrarch" }, "give the gold file with --gold FILE")]
    [InlineData(new[] { "--gold", "g.xml" }, "give the gold format with --format petrarch|plover|sentences")]
    [InlineData(new[] { "--gold", "g.xml", "--format", "tabari" }, "--format 'tabari' is not one of petrarch, plover, sentences")]
    [InlineData(new[] { "--gold", "g.jsonl", "--format", "plover", "--date", "1 May" }, "--date '1 May' is not a date")]
    [InlineData(new[] { "--gold", "g.xml", "--format", "petrarch", "extra" }, "unexpected argument 'extra'")]
    public void Run_BadCommandLine_UsageErrorOnOneLine(string[] arguments, string message)
    {
        var run = Run(arguments);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("dyad eval events: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Run_MissingGoldFile_SaysSoOnOneLine()
    {
        var run = Run("--gold", Path.Combine(_folder.Path, "absent.xml"), "--format", "petrarch");

        Assert.Equal(ExitCodes.Fatal, run.ExitCode);
        Assert.Contains("absent.xml: no such file", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Run_Petrarch_TableAndJsonWithTheDictionariesOfTheGoldFolder()
    {
        var gold = _folder.Write("validate/records.xml", Records);

        var run = Run("--gold", gold, "--format", "petrarch", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["petrarch:" + Path.GetDirectoryName(gold)], _dictionaries);
        Assert.Contains("DEMO", run.Out, StringComparison.Ordinal);
        Assert.Contains("correct 1 of 2 expected (50.0 %)", run.Out, StringComparison.Ordinal);
        var json = LastJson(run.Out);
        Assert.Equal(1, json.GetProperty("correct").GetInt32());
        Assert.Equal(2, json.GetProperty("expected").GetInt32());
        Assert.Equal(0, json.GetProperty("extra").GetInt32());
        Assert.Equal(2, json.GetProperty("records").GetInt32());
        Assert.Equal(1, json.GetProperty("records_exact").GetInt32());
        Assert.Equal(1.0, json.GetProperty("precision").GetDouble());
        Assert.Equal(0.5, json.GetProperty("recall").GetDouble());
        Assert.Equal(0.6667, json.GetProperty("f1").GetDouble());
        Assert.Equal(1, json.GetProperty("categories").GetProperty("VERB").GetProperty("uncoded").GetInt32());
    }

    [Fact]
    public void Run_MissesToStandardOutput_ListsTheRecordsNotExactlyRight()
    {
        var gold = _folder.Write("records.xml", Records);

        var run = Run("--gold", gold, "--format", "petrarch", "--misses", "-");

        Assert.Contains("VERB-01 [VERB]: Gondor attacked Arnor.", run.Out, StringComparison.Ordinal);
        Assert.Contains("missed:   GON->ARN 190", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO-01 [DEMO]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Sentences_CodesTheCorpusStoriesAndScoresLenientAndStrict()
    {
        _folder.Write("corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl",
            """
            {"id": 7, "date": "2016-01-18", "title": "Talks", "lead": "Putin met Tamim. It rained.", "text": "Nothing else."}
            {"id": 8, "date": "2016-01-19", "text": "Unrelated."}

            """);
        var gold = _folder.Write("gold/dev.jsonl",
            """
            {"id": "k-7-s1", "story_id": 7, "story_date": "2016-01-18", "sentence": "Putin met Tamim.", "events": [{"source": ["PUTGOV"], "target": ["TAM"], "cameo": "040", "date": "2016-01-18"}]}
            {"id": "k-7-s2", "story_id": 7, "story_date": "2016-01-18", "sentence": "It rained.", "events": []}

            """);

        var run = Run("--gold", gold, "--format", "sentences", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([null], _dictionaries);
        var json = LastJson(run.Out);
        Assert.Equal(1, json.GetProperty("correct").GetInt32());
        Assert.Equal(1, json.GetProperty("expected").GetInt32());
        Assert.Equal(2, json.GetProperty("records").GetInt32());
        Assert.Equal(2, json.GetProperty("records_exact").GetInt32());
        Assert.Equal(1.0, json.GetProperty("f1").GetDouble());
        Assert.Equal(0, json.GetProperty("strict_correct").GetInt32());
        Assert.Equal(0.0, json.GetProperty("strict_precision").GetDouble());
        Assert.Equal(1.0, json.GetProperty("same_date").GetDouble());
    }

    [Fact]
    public void Run_SentenceRecordUnreadableOrNotFound_ReportedWithFileAndLineAndTheRestScored()
    {
        var corpus = _folder.Write("corpus.jsonl", "{\"id\": 7, \"date\": \"2016-01-18\", \"text\": \"Putin met Tamim.\"}\n");
        var gold = _folder.Write("dev.jsonl",
            """
            {"id": "k-7-s1", "story_id": 7, "sentence": "Putin met Tamim.", "events": [{"source": ["PUT"], "target": ["TAM"], "cameo": "040"}]}
            {"id": "broken",
            {"id": "k-7-s9", "story_id": 7, "sentence": "Never written.", "events": []}

            """);

        var run = Run("--gold", gold, "--format", "sentences", "--corpus", corpus, "--json");

        Assert.Equal(ExitCodes.RecordsFailed, run.ExitCode);
        Assert.Contains($"{gold}:2: not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{gold}:3: record k-7-s9: the sentence is not in the text of story 7", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, LastJson(run.Out).GetProperty("records").GetInt32());
        Assert.Equal(1, LastJson(run.Out).GetProperty("correct").GetInt32());
    }

    [Fact]
    public void Run_SentencesWithoutTheCorpus_SaysWhereItLooked()
    {
        var gold = _folder.Write("gold/dev.jsonl", "{\"id\": \"a\", \"story_id\": 1, \"sentence\": \"A.\", \"events\": []}\n");

        var run = Run("--gold", gold, "--format", "sentences");

        Assert.Equal(ExitCodes.Fatal, run.ExitCode);
        Assert.Contains("kremlin_en_news_2016-2018.jsonl not found; give the corpus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PloverWithDateAndMissesFile_ScoresByPloverTypeAndWritesTheMisses()
    {
        var gold = _folder.Write("plover.json",
            """
            [
              {"id": "1", "text": "Arnor met Gondor.", "event": "CONSULT", "source": [{"actorText": "Arnor", "code": "ARN"}], "target": [{"actorText": "Gondor", "code": "GON"}]},
              {"id": "2", "text": "Gondor met Arnor.", "event": "AGREE", "source": [{"actorText": "Gondor", "code": "GON"}], "target": [{"actorText": "Arnor", "code": "ARN"}]}
            ]
            """);
        var misses = Path.Combine(_folder.Path, "misses.txt");

        var run = Run("--gold", gold, "--format", "plover", "--date", "2024-03-01", "--misses", misses, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var json = LastJson(run.Out);
        Assert.Equal(1, json.GetProperty("correct").GetInt32());
        Assert.Equal(1, json.GetProperty("extra").GetInt32());
        Assert.Equal(1.0, json.GetProperty("same_date").GetDouble());
        var listing = File.ReadAllText(misses);
        Assert.Contains("2: Gondor met Arnor.", listing, StringComparison.Ordinal);
        Assert.Contains("extra:    GON->ARN CONSULT", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PloverRecordWithoutDate_ReportedAndLeftOut()
    {
        var gold = _folder.Write("plover.jsonl", "{\"text\": \"Arnor met Gondor.\"}\n{\"text\": \"Gondor met Arnor.\", \"date\": \"2024-03-01\"}\n");

        var run = Run("--gold", gold, "--format", "plover", "--json");

        Assert.Equal(ExitCodes.RecordsFailed, run.ExitCode);
        Assert.Contains($"{gold}:1: record has no \"date\"", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, LastJson(run.Out).GetProperty("records").GetInt32());
    }

    [Fact]
    public void Help_EvalEvents_HasExamplesOfEachFormat()
    {
        var run = CliRun.Of("eval", "events", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--format petrarch", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format sentences", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format plover", run.Out, StringComparison.Ordinal);
    }
}
