using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class CountryReaderTests
{
    private const string Header = "# format: countries 1\n# sources: test\n";

    [Fact]
    public void Parse_FullEntry_ReadsEveryField()
    {
        var result = CountryReader.Parse(Header + "KGZ | name: Kyrgyzstan | iso: KG | names: Kyrgyz Republic, Kirghizia | adjectives: Kyrgyz, Kirghiz | capital: Bishkek | valid: 1991-08-31..\n", "countries.txt");

        var country = Assert.Single(result.Value);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("KGZ", "Kyrgyzstan", "KG", "Bishkek"), (country.Code, country.Name, country.Iso, country.Capital));
        Assert.Equal(["Kyrgyz Republic", "Kirghizia"], country.Names);
        Assert.Equal(["Kyrgyz", "Kirghiz"], country.Adjectives);
        Assert.False(country.Valid.Contains(new DateOnly(1991, 8, 30)));
        Assert.True(country.Valid.Contains(new DateOnly(1991, 8, 31)));
        Assert.Equal(3, country.Source.Line);
    }

    [Theory]
    [InlineData("KG | name: Kyrgyzstan")]
    [InlineData("kgz | name: Kyrgyzstan")]
    [InlineData("KGZ | name: Kyrgyzstan | iso: KGZ")]
    [InlineData("USR | name: Soviet Union | valid: 1991-12-26..1922-12-30")]
    [InlineData("USR | name: Soviet Union | valid: 1922-12-30")]
    [InlineData("USR | name: Soviet Union | valid: 1922-13-30..")]
    public void Parse_MalformedEntry_IsAnErrorAtItsLine(string line)
    {
        var result = CountryReader.Parse(Header + line + "\n", "countries.txt");

        Assert.Empty(result.Value);
        Assert.StartsWith("countries.txt:3: error: ", result.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }
}
