using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class ImportGeoNamesCommandTests
{
    private const string Dump =
        "1\tTestville\tTestville\tTestovil\t42.874\t74.594\tP\tPPLC\tKG\t\t01\t\t\t\t900000\t\t800\tAsia/Bishkek\t2024-01-01\n" +
        "2\tSmallton\tSmallton\t\t40.5\t72.8\tP\tPPL\tKG\t\t02\t\t\t\t20000\t\t900\tAsia/Bishkek\t2024-01-01\n" +
        "3\tBroken line\n";

    [Fact]
    public void Run_DumpToFolder_WritesPlacesThatPassTheCheck()
    {
        using var directory = new TemporaryDirectory();
        var dump = directory.Write("dump.txt", Dump);
        File.Copy(Path.Combine(SharedData.RepositoryRoot, "knowledge", "countries.txt"), Path.Combine(directory.Path, "countries.txt"));
        var places = Path.Combine(directory.Path, "places.txt");

        var import = CliRun.Of("knowledge", "import-geonames", dump, "--output", places, "--min-population", "100000", "--countries", directory.Path);
        var check = CliRun.Of("knowledge", "check", directory.Path);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.StartsWith($"{dump}:3: warning: ", import.Error, StringComparison.Ordinal);
        Assert.Contains("Testville | country: KGZ | at: 42.87 74.59 | kind: capital | names: Testovil\n", File.ReadAllText(places), StringComparison.Ordinal);
        Assert.DoesNotContain("Smallton", File.ReadAllText(places), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Contains(" 1 places,", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "knowledge", "import-geonames")]
    [InlineData(ExitCodes.Usage, "knowledge", "import-geonames", "a.txt", "--min-population", "many")]
    [InlineData(ExitCodes.Fatal, "knowledge", "import-geonames", "/nonexistent/cities.txt")]
    public void Run_BadCommandLine_OneLineMessageAndExitCode(int expected, params string[] arguments)
    {
        var (exit, _, error) = CliRun.Of(arguments);

        Assert.Equal(expected, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
