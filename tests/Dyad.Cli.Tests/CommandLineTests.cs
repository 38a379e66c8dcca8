namespace Dyad.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Run_NoArguments_PrintsCommandListAndUsageExitCode()
    {
        var run = CliRun.Of();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("code", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_SaysSoWithoutStackTrace()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CommandHelp_ShowsExamples()
    {
        var run = CliRun.Of("code", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_IsUsageError()
    {
        var run = CliRun.Of("code", "x.txt", "--frob");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown option --frob", run.Error, StringComparison.Ordinal);
    }
}
