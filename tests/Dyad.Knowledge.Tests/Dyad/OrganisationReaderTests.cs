using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class OrganisationReaderTests
{
    private const string Header = "# format: organisations 1\n# sources: test\n";

    [Theory]
    [InlineData("IGO", OrganisationType.Igo)]
    [InlineData("NGO", OrganisationType.Ngo)]
    [InlineData("armed group", OrganisationType.ArmedGroup)]
    [InlineData("company", OrganisationType.Company)]
    [InlineData("media", OrganisationType.Media)]
    public void Parse_Types_ReadEachKind(string type, OrganisationType expected)
    {
        var result = OrganisationReader.Parse(Header + $"ABCDEF | name: Test | type: {type}\n", "organisations.txt");

        Assert.Equal(expected, Assert.Single(result.Value).Type);
    }

    [Fact]
    public void Parse_UnknownType_IsAnError()
    {
        var result = OrganisationReader.Parse(Header + "IGOUNO | name: United Nations | type: club\n", "organisations.txt");

        Assert.Empty(result.Value);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }
}
