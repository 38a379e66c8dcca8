using Dyad.Knowledge.Codes;

namespace Dyad.Knowledge.Tests.Codes;

public sealed class PloverReaderTests
{
    private const string Header = "# format: plover 1\n# sources: test\n";

    [Fact]
    public void Parse_EventsAndContexts_AreSeparated()
    {
        var result = PloverReader.Parse(Header + "context military\nevent AGREE\nevent ASSAULT | modes: aerial, drone\n", "plover.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["military"], result.Value.Contexts);
        Assert.Equal(["aerial", "drone"], result.Value.ModesOfEvent["ASSAULT"]);
        Assert.Empty(result.Value.ModesOfEvent["AGREE"]);
    }

    [Theory]
    [InlineData("event agree")]
    [InlineData("AGREE")]
    [InlineData("context military | modes: troops")]
    [InlineData("event AGREE extra")]
    public void Parse_BadKey_IsAnError(string line)
    {
        var result = PloverReader.Parse(Header + line + "\n", "plover.txt");

        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }
}
