using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class EvalKnowledgeCommandTests
{
    private const string Kremlin = "corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl";

    [SharedFact(Kremlin)]
    public void Run_KremlinCorpus_ScoresEveryItemAndWritesTheSample()
    {
        using var directory = new TemporaryDirectory();
        var sample = Path.Combine(directory.Path, "sample.tsv");

        var (exit, output, error) = CliRun.Of("eval", "knowledge", "--corpus", SharedData.PathOf(Kremlin), "--knowledge", Path.Combine(SharedData.RepositoryRoot, "knowledge"), "--sample", sample, "--json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output.TrimEnd('\n').Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal(File.ReadLines(SharedData.PathOf(Kremlin)).Count(l => l.Length > 0), root.GetProperty("items").GetInt32());
        Assert.InRange(root.GetProperty("country_tags").GetInt32(), 1, root.GetProperty("geography_tags").GetInt32());
        Assert.InRange(root.GetProperty("geography_recall").GetDouble(), 0.5, 1.0);
        Assert.InRange(root.GetProperty("people_found").GetInt32(), 1, root.GetProperty("people").GetInt32());
        var lines = File.ReadAllLines(sample);
        Assert.Equal(201, lines.Length);
        Assert.All(lines, l => Assert.Equal(7, l.Split('\t').Length));
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "eval", "knowledge")]
    [InlineData(ExitCodes.Usage, "eval", "knowledge", "--corpus", "a.jsonl", "extra")]
    [InlineData(ExitCodes.Fatal, "eval", "knowledge", "--corpus", "/nonexistent/corpus.jsonl")]
    public void Run_BadCommandLine_OneLineMessageAndExitCode(int expected, params string[] arguments)
    {
        var (exit, _, error) = CliRun.Of(arguments);

        Assert.Equal(expected, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
