using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class ImportTreatiesCommandTests
{
    private const string List =
        "Title,Begin,End,Signature,Force,Term,TitleAlt,Depository,Secretariat\n" +
        "Agreement Between Norway And Finland On Fishing,1989-03-01,NA,1989-03-01,1990-01-01,NA,NA,NA,NA\n" +
        "Treaty Between England And Castile,1351-08-01,NA,1351-08-01,NA,NA,NA,NA,NA\n";

    [Fact]
    public void Run_ListToFolder_WritesAgreementsThatPassTheCheck()
    {
        using var directory = new TemporaryDirectory();
        var list = directory.Write("treaties.csv", List);
        foreach (var name in new[] { "countries.txt", "organisations.txt" })
        {
            File.Copy(Path.Combine(SharedData.RepositoryRoot, "knowledge", name), Path.Combine(directory.Path, name));
        }

        var output = Path.Combine(directory.Path, "agreements.txt");

        var import = CliRun.Of("knowledge", "import-treaties", list, "--output", output, "--knowledge", directory.Path);
        var check = CliRun.Of("knowledge", "check", directory.Path);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.StartsWith($"{list}:3: warning: ", import.Error, StringComparison.Ordinal);
        Assert.Contains("Agreement Between Norway And Finland On Fishing | signed: 1989-03-01 | in force: 1990-01-01 | parties: NOR, FIN\n", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Contains(" 1 agreements,", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "knowledge", "import-treaties")]
    [InlineData(ExitCodes.Usage, "knowledge", "import-treaties", "a.csv", "--parties", "x")]
    [InlineData(ExitCodes.Fatal, "knowledge", "import-treaties", "/nonexistent/treaties.csv")]
    public void Run_BadCommandLine_OneLineMessageAndExitCode(int expected, params string[] arguments)
    {
        var (exit, _, error) = CliRun.Of(arguments);

        Assert.Equal(expected, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
