namespace Dyad.Cli.Tests.Commands;

public sealed class TrainClustersCommandTests
{
    [Fact]
    public void Run_SharedFolderWithoutCorpora_FailsNamingTheMissingFile()
    {
        var shared = Directory.CreateTempSubdirectory("dyad-train-clusters-").FullName;
        try
        {
            var error = new StringWriter();

            var code = CommandLine.Run(
                ["train", "clusters", "--shared", shared, "--output", Path.Combine(shared, "clusters.tsv.gz")],
                new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

            Assert.Equal(ExitCodes.Fatal, code);
            Assert.Contains("en_ewt-train.conllu", error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(shared, "clusters.tsv.gz")));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    [Fact]
    public void Run_UnexpectedArgument_IsAUsageError()
    {
        var error = new StringWriter();

        var code = CommandLine.Run(["train", "clusters", "now"], new CliContext(new StringWriter(), error, () => Stream.Null, () => Stream.Null));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("now", error.ToString(), StringComparison.Ordinal);
    }
}
