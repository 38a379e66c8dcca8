using System.Text.Json;
using Dyad.Cli.Commands;

namespace Dyad.Cli.Tests.Commands;

public sealed class EvalTextCommandTests : IDisposable
{
    private const string Gold =
        "# newdoc id = d1\n" +
        "# text = They don't agree.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# text = A co-founder left.\n" +
        "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n" +
        "2\tco-founder\tco-founder\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n" +
        "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-eval-text-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => Stream.Null, () => Stream.Null);
        var code = CommandLine.Run(arguments, context, [new EvalTextCommand()]);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_GoldFolderWithJson_PrintsScoresAndEndsWithTheJsonLine()
    {
        File.WriteAllText(Path.Combine(_folder, "gold.conllu"), Gold);

        var (code, output, _) = Run("eval", "text", "--gold", _folder, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("sentences  precision 1.0000", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(1.0, json.RootElement.GetProperty("token_f1").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetInt32());
        Assert.Equal(9, json.RootElement.GetProperty("tokens").GetInt32());
    }

    [Fact]
    public void Run_GoldFileTwice_CountsBothFiles()
    {
        var path = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(path, Gold);

        var (code, output, _) = Run("eval", "text", "--gold", path, path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("files 2, documents 2, false datelines 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GoldWithEquals_ReadsThatPath()
    {
        var path = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(path, Gold);

        var (code, output, _) = Run("eval", "text", "--gold=" + path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("files 1, documents 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutGold_FailsWithUsage()
    {
        var (code, _, error) = Run("eval", "text");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--gold", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPath_FailsWithOneLineNamingIt()
    {
        var missing = Path.Combine(_folder, "absent.conllu");

        var (code, _, error) = Run("eval", "text", "--gold", missing);

        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Run_MalformedFile_FailsWithFileAndLine()
    {
        var path = Path.Combine(_folder, "bad.conllu");
        File.WriteAllText(path, "# text = x\n1\tx\n");

        var (code, _, error) = Run("eval", "text", "--gold", path);

        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("bad.conllu:2:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Always_ShowsAnExample() => Assert.Contains("dyad eval text --gold", new EvalTextCommand().Help, StringComparison.Ordinal);
}
