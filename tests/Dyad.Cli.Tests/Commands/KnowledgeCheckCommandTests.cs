using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class KnowledgeCheckCommandTests
{
    [SharedFact("compat/phoenix/CAMEO.2.0.txt")]
    public void Run_PhoenixAsPetrarchWithJson_LastLineHasTheCounts()
    {
        var (exit, output, _) = Run("knowledge", "check", "--format", "petrarch", SharedData.PathOf("compat/phoenix"), "--json");

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        using var json = JsonDocument.Parse(lines[^1]);
        var root = json.RootElement;
        Assert.True(root.GetProperty("actors").GetInt32() >= 25_000);
        Assert.True(root.GetProperty("verb_patterns").GetInt32() >= 4_500);
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(lines.Length - 1, root.GetProperty("warnings").GetInt32());
        Assert.All(lines[..^1], l => Assert.Matches(@"^.+:\d+: warning: ", l));
    }

    [Fact]
    public void Run_BundledKnowledgeWithJson_NoErrorsAndCountsEveryKind()
    {
        var (exit, output, _) = Run("knowledge", "check", Path.Combine(SharedData.RepositoryRoot, "knowledge"), "--json");

        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.All(["actors", "agents", "verb_patterns", "places", "agreements"], name => Assert.True(json.RootElement.GetProperty(name).GetInt32() > 0, name));
        Assert.Equal(311, json.RootElement.GetProperty("event_codes").GetInt32());
    }

    [Fact]
    public void Run_DyadFolderWithDuplicate_ExitsOneWithFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(directory.FullName, "countries.txt");
            File.WriteAllText(file, "# format: countries 1\n# sources: t\nKGZ | name: Kyrgyzstan\nKGZ | name: Kirghizia\n");

            var (exit, output, _) = Run("knowledge", "check", directory.FullName);

            Assert.Equal(ExitCodes.RecordsFailed, exit);
            Assert.StartsWith($"{file}:4: error: duplicate entry 'KGZ' (first at line 3)", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_PetrarchFolderWithMalformedEntry_ReportsFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "test.actors.txt"), "KYRGYZSTAN_ [KGZ]\nBAD_ [KGZGOV 2004017-20061201]\n");

            var (exit, output, _) = Run("knowledge", "check", "--format", "petrarch", directory.FullName);

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains($"{Path.Combine(directory.FullName, "test.actors.txt")}:2: warning: date '2004017'", output, StringComparison.Ordinal);
            Assert.EndsWith("2 actors, 0 agents, 0 verb patterns, 0 places, 0 agreements, 0 event codes; 0 errors, 2 warnings\n", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_EmptyPetrarchFolder_ExitsWithRecordsFailed()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var (exit, output, _) = Run("knowledge", "check", "--format", "petrarch", directory.FullName);

            Assert.Equal(ExitCodes.RecordsFailed, exit);
            Assert.Contains(": error: no PETRARCH actor or verb dictionary", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "knowledge", "check", "--format", "tabari", ".")]
    [InlineData(ExitCodes.Usage, "knowledge", "check", "a", "b")]
    [InlineData(ExitCodes.Fatal, "knowledge", "check", "/nonexistent/knowledge")]
    public void Run_BadCommandLine_OneLineMessageAndExitCode(int expected, params string[] arguments)
    {
        var (exit, _, error) = Run(arguments);

        Assert.Equal(expected, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    private static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, () => Stream.Null, () => Stream.Null);
        var exit = CommandLine.Run(arguments, context);
        return (exit, output.ToString(), error.ToString());
    }
}
