using Dyad.Cli.Arguments;

namespace Dyad.Cli.Tests.Arguments;

public sealed class ParsedArgumentsTests
{
    [Fact]
    public void Parse_ValuedOptionFlagAndPaths_SeparatesThem()
    {
        var parsed = ParsedArguments.Parse(["a.txt", "--output", "out.jsonl", "--stories", "-", "--date=2023-05-08"], ["--output", "--date"], ["--stories"]);

        Assert.Equal(["a.txt", "-"], parsed.Positionals);
        Assert.Equal("out.jsonl", parsed.Value("--output"));
        Assert.Equal("2023-05-08", parsed.Value("--date"));
        Assert.True(parsed.Has("--stories"));
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--out")]
    public void Parse_UnknownOption_IsAUsageErrorNamingIt(string option)
    {
        var error = Assert.Throws<UsageException>(() => ParsedArguments.Parse(["a.txt", option, "out.jsonl"], ["--output"], []));

        Assert.StartsWith($"unknown option {option};", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DashNameAfterDoubleDash_IsAPath()
    {
        var parsed = ParsedArguments.Parse(["--", "-o"], ["--output"], []);

        Assert.Equal(["-o"], parsed.Positionals);
    }
}
