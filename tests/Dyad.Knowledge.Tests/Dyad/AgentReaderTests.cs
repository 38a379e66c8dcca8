using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class AgentReaderTests
{
    private const string Header = "# format: agents 1\n# sources: test\n";

    [Theory]
    [InlineData("defence minister -> GOV MIL | plover: GOV", "GOVMIL", false)]
    [InlineData("protesters -> CVL", "CVL", false)]
    [InlineData("counterpart -> *", "", true)]
    public void Parse_Result_GivesSectorsOrCounterpart(string line, string code, bool counterpart)
    {
        var agent = Assert.Single(AgentReader.Parse(Header + line + "\n", "agents.txt").Value);

        Assert.Equal(code, agent.Code);
        Assert.Equal(counterpart, agent.IsCounterpart);
    }

    [Theory]
    [InlineData("defence minister -> GOV XYZ")]
    [InlineData("defence minister | plover: GOV")]
    [InlineData("defence minister -> GOV | plover: ABC")]
    public void Parse_UnknownOrMissingCode_IsAnError(string line)
    {
        var result = AgentReader.Parse(Header + line + "\n", "agents.txt");

        Assert.Empty(result.Value);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }
}
