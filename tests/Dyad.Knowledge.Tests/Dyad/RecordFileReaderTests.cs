using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class RecordFileReaderTests
{
    private const string Header = "# format: countries 1\n# sources: test\n";

    [Theory]
    [InlineData("KGZ | name: Kyrgyzstan\n", 0, 0)]
    [InlineData("KGZ | name: Kyrgyzstan\nKGZ | name: Kirghizia\n", 4, 1)]
    [InlineData("RUS | name: Russia\nKGZ | name: Kyrgyzstan\n", 4, 0)]
    [InlineData("KGZ | name: Kyrgyzstan | flag: red\n", 3, 1)]
    [InlineData("KGZ | name: Kyrgyzstan | name: Kirghizia\n", 3, 1)]
    [InlineData("KGZ | iso: KG\n", 3, 1)]
    [InlineData("KGZ | name Kyrgyzstan\n", 3, 1)]
    [InlineData("KGZ -> GOV | name: Kyrgyzstan\n", 3, 1)]
    [InlineData("| name: Kyrgyzstan\n", 3, 1)]
    public void Read_EntryLines_ReportProblemAtLine(string body, int line, int errors)
    {
        var result = CountryReader.Parse(Header + body, "countries.txt");

        Assert.Equal(errors, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        if (line > 0)
        {
            Assert.Equal(line, result.Diagnostics[0].Line);
        }
        else
        {
            Assert.Empty(result.Diagnostics);
        }
    }

    [Theory]
    [InlineData("KGZ | name: Kyrgyzstan\n")]
    [InlineData("# format: countries 1\nKGZ | name: Kyrgyzstan\n")]
    [InlineData("# format: places 1\n# sources: x\nKGZ | name: Kyrgyzstan\n")]
    [InlineData("# format: countries 2\n# sources: x\nKGZ | name: Kyrgyzstan\n")]
    [InlineData("# format: countries\n# sources: x\nKGZ | name: Kyrgyzstan\n")]
    public void Read_BadHeader_IsAnError(string text)
    {
        var result = CountryReader.Parse(text, "countries.txt");

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("countries 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OutOfOrder_IsOnlyAWarningAndKeepsTheEntry()
    {
        var result = CountryReader.Parse(Header + "RUS | name: Russia\nKGZ | name: Kyrgyzstan\n", "countries.txt");

        Assert.Equal(2, result.Value.Count);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }
}
