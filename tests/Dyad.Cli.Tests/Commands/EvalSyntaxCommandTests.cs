using System.Text.Json;
using Dyad.Cli.Commands;
using Dyad.Core.Conllu;
using Dyad.Syntax.Training;

namespace Dyad.Cli.Tests.Commands;

public sealed class EvalSyntaxCommandTests : IDisposable
{
    private const string Gold =
        "# sent_id = 1\n" +
        "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
        "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n" +
        "4\tagreement\tagreement\tNOUN\tNN\t_\t2\tobj\t_\t_\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# sent_id = 2\n" +
        "1\tLeaders\tleader\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n" +
        "4\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tobl\t_\t_\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n";

    private const string RawGold =
        "# newdoc id = d1\n" +
        "# text = Officials signed an agreement.\n" +
        "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
        "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n" +
        "4\tagreement\tagreement\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# text = Leaders met in Moscow.\n" +
        "1\tLeaders\tleader\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n" +
        "4\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-eval-syntax-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_GoldAndModelWithJson_EndsWithOneJsonObjectOfTheScores()
    {
        var gold = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(gold, Gold);
        var model = TrainedModel();
        var output = new StringWriter();

        var code = CommandLine.Run(["eval", "syntax", "--gold", gold, "--model", model, "--json"], new CliContext(output, new StringWriter(), () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Success, code);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        Assert.Equal(10, json.RootElement.GetProperty("tokens").GetInt32());
        foreach (var key in new[] { "upos", "xpos", "lemma", "uas", "las" })
        {
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 100);
        }

        Assert.True(json.RootElement.GetProperty("tokens_per_second").GetDouble() > 0);
    }

    [Fact]
    public void Run_RawWithJson_ScoresTheTextStageTokensAgainstTheGoldWords()
    {
        var gold = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(gold, RawGold);
        var model = TrainedModel();
        var output = new StringWriter();

        var code = CommandLine.Run(["eval", "syntax", "--gold", gold, "--model", model, "--raw", "--json"], new CliContext(output, new StringWriter(), () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Success, code);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        Assert.Equal(100.0, json.RootElement.GetProperty("tokens_f1").GetDouble());
        Assert.Equal(100.0, json.RootElement.GetProperty("sentences_f1").GetDouble());
        foreach (var key in new[] { "upos", "lemma", "uas", "las" })
        {
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 100);
        }

        Assert.True(json.RootElement.GetProperty("tokens_per_second").GetDouble() > 0);
    }

    [Fact]
    public void Run_RawWithTextThatSplitsAGoldWord_LowersTokenF1()
    {
        var gold = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(gold, RawGold.Replace("Moscow", "Moscow-on-Sea", StringComparison.Ordinal));
        var output = new StringWriter();

        var code = CommandLine.Run(["eval", "syntax", "--gold", gold, "--model", TrainedModel(), "--raw", "--json"], new CliContext(output, new StringWriter(), () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]);
        Assert.InRange(json.RootElement.GetProperty("tokens_f1").GetDouble(), 0, 99);
    }

    [Fact]
    public void Run_RawWithOutput_IsAUsageError()
    {
        var error = new StringWriter();

        var code = CommandLine.Run(["eval", "syntax", "--gold", "gold.conllu", "--raw", "--output", "out.conllu"], new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--raw", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gold")]
    [InlineData("model")]
    public void Run_MissingFile_FailsWithOneLineNamingIt(string missing)
    {
        var gold = Path.Combine(_folder, "gold.conllu");
        File.WriteAllText(gold, Gold);
        var absent = Path.Combine(_folder, "absent");
        var error = new StringWriter();
        string[] arguments = missing == "gold"
            ? ["eval", "syntax", "--gold", absent, "--model", gold]
            : ["eval", "syntax", "--gold", gold, "--model", absent];

        var code = CommandLine.Run(arguments, new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Fatal, code);
        Assert.Contains(absent, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
    }

    [Fact]
    public void Run_WithoutGold_IsAUsageError()
    {
        var error = new StringWriter();

        var code = CommandLine.Run(["eval", "syntax"], new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--gold", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsAnExample()
    {
        Assert.Contains("dyad eval syntax --gold", new EvalSyntaxCommand().Help, StringComparison.Ordinal);
    }

    private string TrainedModel()
    {
        var model = Path.Combine(_folder, "model.gz");
        var sentences = ConlluReader.Read(new StringReader(Gold), "gold.conllu").ToList();
        SyntaxTrainer.Train(sentences, new SyntaxTrainingOptions { TaggerIterations = 5, ParserEpochs = 5, Folds = 1, BeamWidth = 1 }).Save(model);
        return model;
    }
}
