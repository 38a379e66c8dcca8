namespace Dyad.Cli.Tests.Commands;

public sealed class TrainSyntaxCommandTests
{
    [Fact]
    public void Run_SharedFolderWithoutTreebanks_FailsNamingTheMissingFile()
    {
        var shared = Directory.CreateTempSubdirectory("dyad-train-syntax-").FullName;
        try
        {
            var error = new StringWriter();

            var code = CommandLine.Run(
                ["train", "syntax", "--shared", shared, "--output", Path.Combine(shared, "model.gz")],
                new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

            Assert.Equal(ExitCodes.Fatal, code);
            Assert.Contains("en_ewt-train.conllu", error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(shared, "model.gz")));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public void Run_MissingClusters_FailsNamingTheFile()
    {
        var shared = Directory.CreateTempSubdirectory("dyad-train-syntax-").FullName;
        try
        {
            var error = new StringWriter();
            var clusters = Path.Combine(shared, "clusters.tsv.gz");

            var code = CommandLine.Run(
                ["train", "syntax", "--shared", shared, "--clusters", clusters, "--output", Path.Combine(shared, "model.gz")],
                new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

            Assert.Equal(ExitCodes.Fatal, code);
            Assert.Contains(clusters, error.ToString(), StringComparison.Ordinal);
            Assert.Contains("dyad train clusters", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void Run_BadEpochs_IsAUsageError(string epochs)
    {
        var error = new StringWriter();

        var code = CommandLine.Run(["train", "syntax", "--epochs", epochs], new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--epochs", error.ToString(), StringComparison.Ordinal);
    }
}
