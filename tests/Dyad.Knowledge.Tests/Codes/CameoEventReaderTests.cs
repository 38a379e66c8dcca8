using Dyad.Knowledge.Codes;

namespace Dyad.Knowledge.Tests.Codes;

public sealed class CameoEventReaderTests
{
    private const string Header = "# format: cameo-events 1\n# sources: test\n";

    [Fact]
    public void Parse_FullLine_ReadsEveryField()
    {
        var result = CameoEventReader.Parse(Header + "0312 | name: Express intent to cooperate militarily | goldstein: 5.2 | quad: 1 | plover: AGREE | mode: visit | context: military, diplomatic\n", "cameo-events.txt");

        Assert.Empty(result.Diagnostics);
        var cameo = Assert.Single(result.Value);
        Assert.Equal(("0312", "03", 5.2, 1, "AGREE", "visit"), (cameo.Code, cameo.Root, cameo.Goldstein, cameo.QuadClass, cameo.PloverEvent, cameo.PloverMode));
        Assert.Equal(["military", "diplomatic"], cameo.PloverContexts);
    }

    [Theory]
    [InlineData("21 | name: x | goldstein: 0 | quad: 4")]
    [InlineData("00 | name: x | goldstein: 0 | quad: 1")]
    [InlineData("12345 | name: x | goldstein: 0 | quad: 3")]
    [InlineData("0a | name: x | goldstein: 0 | quad: 1")]
    [InlineData("010 | name: x | goldstein: 10.5 | quad: 1")]
    [InlineData("010 | name: x | goldstein: high | quad: 1")]
    [InlineData("010 | name: x | goldstein: 0 | quad: 2")]
    [InlineData("190 | name: x | goldstein: -10 | quad: 3")]
    [InlineData("010 | name: x | goldstein: 0 | quad: 1 | mode: visit")]
    public void Parse_BadEntry_IsAnErrorAtItsLine(string line)
    {
        var result = CameoEventReader.Parse(Header + line + "\n", "cameo-events.txt");

        Assert.Empty(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    [InlineData(13, 3)]
    [InlineData(14, 4)]
    [InlineData(20, 4)]
    public void QuadClassOfRoot_Root_FollowsGdelt(int root, int quad)
    {
        Assert.Equal(quad, CameoEventReader.QuadClassOfRoot(root));
    }
}
