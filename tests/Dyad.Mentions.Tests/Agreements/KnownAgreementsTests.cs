using Dyad.Knowledge.Dyad;
using Dyad.Mentions.Agreements;

namespace Dyad.Mentions.Tests.Agreements;

public sealed class KnownAgreementsTests
{
    private const string File = """
        # format: agreements 1
        # sources: test fixture
        Biological Weapons Convention | names: Convention on the Prohibition of the Development Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction | acronyms: BWC | signed: 1972-04-10 | parties: GBR, USA
        Russia-Kyrgyzstan base agreement | names: Agreement on the Status and Conditions of the Joint Russian Military Base in Kyrgyzstan | signed: 2012-09-20 | parties: KGZ, RUS

        """;

    private static readonly KnownAgreements Known = new(AgreementReader.Parse(File, "agreements.txt").Value);

    [Theory]
    [InlineData("Biological Weapons Convention", null, "Biological Weapons Convention")]
    [InlineData("Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction", null, "Biological Weapons Convention")]
    [InlineData("Agreement between Russia and Kyrgyzstan on the Status and Conditions of the Joint Russian Military Base on the Territory of Kyrgyzstan", "2012-09-20", "Russia-Kyrgyzstan base agreement")]
    [InlineData("Agreement between Russia and Kyrgyzstan on the Status and Conditions of the Joint Russian Military Base on the Territory of Kyrgyzstan", "2013-09-20", null)]
    [InlineData("Agreement between Russia and Kyrgyzstan on the Status and Conditions of the Joint Russian Military Base on the Territory of Kyrgyzstan", null, null)]
    [InlineData("Agreement on Trade", "2012-09-20", null)]
    public void Find_Title_LinksByNameOrByDateAndWords(string title, string? date, string? expected)
    {
        var found = Known.Find(title, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, found?.Title);
    }

    [Theory]
    [InlineData("BWC", "Biological Weapons Convention")]
    [InlineData("bwc", null)]
    [InlineData("NPT", null)]
    public void FindAcronym_Token_MatchesCaseSensitively(string token, string? expected)
    {
        Assert.Equal(expected, Known.FindAcronym(token)?.Title);
    }
}
