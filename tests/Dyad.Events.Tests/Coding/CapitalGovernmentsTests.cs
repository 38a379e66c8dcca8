namespace Dyad.Events.Tests.Coding;

public sealed class CapitalGovernmentsTests
{
    private const string NamesKyrgyzstan = "Vladimir Putin spoke about Kyrgyzstan. ";

    [Theory]
    [InlineData(NamesKyrgyzstan + "Vladimir Putin stressed that Bishkek should lift the blockade.", "RUSGOV>KGZGOV:0254")]
    [InlineData(NamesKyrgyzstan + "The authorities in Bishkek criticised Russia.", "KGZGOV>RUS:111")]
    [InlineData(NamesKyrgyzstan + "Russia criticised Bishkek's new law.", "RUS>KGZGOV:111")]
    [InlineData(NamesKyrgyzstan + "Vladimir Putin held talks with Sadyr Japarov in Bishkek.", "RUSGOV>KGZGOV:046 KGZGOV>RUSGOV:046")]
    [InlineData("Bishkek hosted talks between Russia and Kyrgyzstan.", "RUS>KGZ:046 KGZ>RUS:046 KGZ>RUS:043 RUS>KGZ:042")]
    [InlineData("Bishkek hosts talks between Vladimir Putin and Sadyr Japarov.", "RUSGOV>KGZGOV:046 KGZGOV>RUSGOV:046 KGZ>RUSGOV:043 RUSGOV>KGZ:042")]
    [InlineData("Vladimir Putin stressed that Bishkek should lift the blockade.", "")]
    public void Code_Capital_StandsForItsGovernmentWhenItActsOrOwnsAndForItsCountryWhenItHostsInAStoryAboutItsCountry(string text, string expected)
    {
        var dyads = CodingPipeline.Dyads(text, "2023-05-08");

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }
}
