using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchOntologyReaderTests
{
    private const string Fixture = """
        # PICO
        050:0x0080#Cooperate
        057:0x0087
        110:0x1007f#0xFFFF+0x0080#Disapprove
        120:-0xFFFF#Reject
        124:-0xFFFF+0x0200
        080:0x0200
        170:0xFFFF+0x0087
        190:0x00A0
        ---:0
        12X:0x0001
        130:0xZZ
        """;

    [Fact]
    public void Parse_Fixture_ReadsEveryCodeAndWarnsOnUnreadableLines()
    {
        var result = PetrarchOntologyReader.Parse(Fixture, "pico.txt");

        Assert.Equal(8, result.Value.Count);
        Assert.Equal([11, 12], result.Diagnostics.Select(d => d.Line));
        Assert.Equal("050", result.Value.OppositeOf("110"));
    }
}
