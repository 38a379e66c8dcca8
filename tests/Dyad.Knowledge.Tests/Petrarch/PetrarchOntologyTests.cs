using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchOntologyTests
{
    private static readonly PetrarchOntology Ontology = new(
    [
        ("050", 0x0080),
        ("057", 0x0087),
        ("110", 0xFFFF + 0x0080),
        ("120", -0xFFFF),
        ("124", -0xFFFF + 0x0200),
        ("080", 0x0200),
        ("170", 0xFFFF + 0x0087),
        ("190", 0x00A0),
        ("082", 0x020C),
        ("0841", 0x020C),
    ]);

    [Theory]
    [InlineData("110", "050")]
    [InlineData("050", "110")]
    [InlineData("170", "057")]
    [InlineData("124", "080")]
    [InlineData("190", null)]
    [InlineData("999", null)]
    public void OppositeOf_Code_AddsOrTakesAwayTheNegation(string code, string? expected)
    {
        Assert.Equal(expected, Ontology.OppositeOf(code));
    }

    [Fact]
    public void OppositeOf_SharedValue_GivesTheCodeListedFirst()
    {
        var ontology = new PetrarchOntology([("0841", 0x020C + 0xFFFF), ("082", 0x020C), ("0842", 0x020C)]);

        Assert.Equal("082", ontology.OppositeOf("0841"));
    }
}
