namespace Dyad.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Run_Sentence_ShowsTreeActorsPatternAndRecords()
    {
        var run = CliRun.Of("explain", "Russian President Vladimir Putin held talks with Kyrgyz President Sadyr Japarov in Moscow.", "--date", "2023-05-08");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"held\s+VERB\s+VBD\s+hold\s+root", run.Out);
        Assert.Contains("\"Kyrgyz President Sadyr Japarov\" [49,79) KGZGOV", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"pattern events\.txt:\d+ noun talk -> 046", run.Out);
        Assert.Contains("RUSGOV -> KGZGOV 046 asserted \"held talks\" written", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NegatedEvent_IsShownButNotWritten()
    {
        var run = CliRun.Of("explain", "Russian President Vladimir Putin did not hold talks with Kyrgyz President Sadyr Japarov.", "--date", "2023-05-08");

        Assert.Contains("not written (negated)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoDate_AsksForOne()
    {
        var run = CliRun.Of("explain", "Putin held talks with Japarov.");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--date", run.Error, StringComparison.Ordinal);
    }
}
