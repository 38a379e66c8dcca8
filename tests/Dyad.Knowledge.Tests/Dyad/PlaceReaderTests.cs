using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class PlaceReaderTests
{
    private const string Header = "# format: places 1\n# sources: test\n";

    [Fact]
    public void Parse_SameNameInTwoCountries_IsAllowed()
    {
        var result = PlaceReader.Parse(Header + "Birmingham | country: GBR | at: 52.48 -1.90 | kind: city\nBirmingham | country: USA | at: 33.52 -86.80 | kind: city\n", "places.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([(52.48, -1.90), (33.52, -86.80)], result.Value.Select(p => (p.Latitude, p.Longitude)));
    }

    [Theory]
    [InlineData("at: 42.87")]
    [InlineData("at: 95.00 74.57")]
    [InlineData("at: 42.87 190")]
    [InlineData("at: north east")]
    public void Parse_BadCoordinates_IsAnError(string at)
    {
        var result = PlaceReader.Parse(Header + $"Bishkek | country: KGZ | {at} | kind: capital\n", "places.txt");

        Assert.Empty(result.Value);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }
}
