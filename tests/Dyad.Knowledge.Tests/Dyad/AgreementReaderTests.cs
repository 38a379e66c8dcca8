using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class AgreementReaderTests
{
    private const string Header = "# format: agreements 1\n# sources: test\n";

    [Fact]
    public void Parse_FullEntry_ReadsDatesAndParties()
    {
        var result = AgreementReader.Parse(Header + "Collective Security Treaty | acronyms: CST | signed: 1992-05-15 | in force: 1994-04-20 | parties: ARM, KGZ\n", "agreements.txt");

        var agreement = Assert.Single(result.Value);
        Assert.Equal((new DateOnly(1992, 5, 15), new DateOnly(1994, 4, 20)), (agreement.SignedOn, agreement.InForce!.Value));
        Assert.Equal(["ARM", "KGZ"], agreement.Parties);
        Assert.Equal(["CST"], agreement.Acronyms);
    }

    [Theory]
    [InlineData("signed: 1994-04-20 | in force: 1992-05-15 | parties: ARM", "before it is signed")]
    [InlineData("signed: 1992-05-15 | parties: ", "no parties")]
    [InlineData("signed: 15 May 1992 | parties: ARM", "not a real day")]
    public void Parse_BadEntry_IsAnError(string fields, string message)
    {
        var result = AgreementReader.Parse(Header + $"Treaty | {fields}\n", "agreements.txt");

        Assert.Empty(result.Value);
        Assert.Contains(message, Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
