using System.Text.Json;
using Dyad.Cli.Commands;

namespace Dyad.Cli.Tests.Commands;

public sealed class EvalCoreferenceCommandTests : IDisposable
{
    private const string Gold =
        "# newdoc id = d1\n" +
        "# meta::dateCreated = 2023-05-08\n" +
        "# newpar\n" +
        "# text = Vladimir Putin arrived in Bishkek.\n" +
        "1\tVladimir\tVladimir\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref-Vladimir_Putin\n" +
        "2\tPutin\tPutin\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n" +
        "3\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n" +
        "5\tBishkek\tBishkek\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(2-place-new-sssss-cf2-1-sgl-Bishkek)|SpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n" +
        "# text = He met students.\n" +
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)\n" +
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tstudents\tstudent\tNOUN\tNNS\t_\t2\tobj\t_\tEntity=(3-person-new-sssss-cf3-1-sgl)|SpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-eval-coref-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => Stream.Null, () => Stream.Null);
        var code = CommandLine.Run(arguments, context, [new EvalCoreferenceCommand(CodingStageLoader.Load)]);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_GoldFolderWithJson_EndsWithTheFiguresAsJson()
    {
        File.WriteAllText(Path.Combine(_folder, "gold.conllu"), Gold);

        var (code, output, _) = Run("eval", "coreference", "--gold", _folder, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("links      precision 1.0000", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(1.0, json.RootElement.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("recall").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("f1").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("links").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("gold_links").GetInt32());
    }

    [Fact]
    public void Run_MissingGold_IsAUsageError()
    {
        var (code, _, error) = Run("eval", "coreference");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--gold", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GoldThatDoesNotExist_SaysSoInOneLine()
    {
        var missing = Path.Combine(_folder, "nothing-here");

        var (code, _, error) = Run("eval", "coreference", "--gold", missing);

        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Equal($"dyad eval coreference: {missing}: no such file or folder; pass a GUM CoNLL-U file or a folder of them", error.Trim());
    }

    [Fact]
    public void Run_FolderWithoutConllu_SaysSo()
    {
        var (code, _, error) = Run("eval", "coreference", "--gold", _folder);

        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains("no .conllu files", error, StringComparison.Ordinal);
    }
}
