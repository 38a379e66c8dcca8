using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Treaties;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Treaties;

public sealed class HuggoTreatyReaderTests
{
    private const string RealList = "reference/treaties/manytreaties_HUGGO_clean.csv";

    private const string Header = "Title,Begin,End,Signature,Force,Term,TitleAlt,Depository,Secretariat\n";

    private static readonly IReadOnlyList<Country> Countries = CountryReader.Parse(
        "# format: countries 1\n# sources: test\n" +
        "DDR | name: East Germany | names: German Democratic Republic | capital: Berlin | valid: 1949-10-07..1990-10-02\n" +
        "DEU | name: Germany | adjectives: German | capital: Berlin\n" +
        "FIN | name: Finland | adjectives: Finnish | capital: Helsinki\n" +
        "MDT | name: Mediterranean\n" +
        "NOR | name: Norway | adjectives: Norwegian | capital: Oslo\n" +
        "RUS | name: Russia | names: Russian Federation | adjectives: Russian | capital: Moscow\n" +
        "USA | name: United States | names: US | capital: Washington\n", "countries.txt").Value;

    private static readonly IReadOnlyList<Organisation> Organisations = OrganisationReader.Parse(
        "# format: organisations 1\n# sources: test\nIGOUNOIMO | name: International Maritime Organization | acronyms: IMO | type: IGO\n", "organisations.txt").Value;

    [Theory]
    [InlineData("Agreement Between Norway And Finland On Fishing,1989-03-01,NA,1989-03-01,1990-01-01,NA,NA,NA,NA", "NOR FIN")]
    [InlineData("Norwegian-Russian Agreement Regarding Laplanders,1950-01-01,NA,1950-01-01,NA,NA,NA,NA,NA", "NOR RUS")]
    [InlineData("Convention On Dumping,1972-12-29,NA,1972-12-29,NA,NA,NA,IMO International Maritime Organization,NA", "IGOUNOIMO")]
    [InlineData("Convention On Salvage,1989-04-28,NA,1989-04-28,NA,NA,NA,NA,International Maritime Organization (IMO)", "IGOUNOIMO")]
    [InlineData("Convention On Weapons,1972-04-10,NA,1972-04-10,NA,NA,NA,Russian Federation | United States,NA", "RUS USA")]
    [InlineData("Treaty With German Democratic Republic,1980-01-01,NA,1980-01-01,NA,NA,NA,NA,NA", "DDR")]
    [InlineData("Mediterranean Action Plan With Us And Finland,1976-02-16,NA,1976-02-16,NA,NA,NA,NA,NA", "FIN")]
    public void Parse_Row_PartiesFromTitleDepositaryAndSecretariat(string row, string parties)
    {
        var result = HuggoTreatyReader.Parse(Header + row + "\n", "treaties.csv", Countries, Organisations);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(parties.Split(' '), Assert.Single(result.Value).Parties);
    }

    [Theory]
    [InlineData("1989-03-01", "1990-01-01", "1989-03-01", "1990-01-01")]
    [InlineData("1965-06-16?", "NA", "1965-06-16", null)]
    [InlineData("NA", "1990-01-01", "1988-05-05", "1990-01-01")]
    [InlineData("1989-03-01", "1975-01-01", "1989-03-01", null)]
    public void Parse_Dates_SignatureElseBeginAndForceNotBeforeSigning(string signature, string force, string signedOn, string? inForce)
    {
        var result = HuggoTreatyReader.Parse(Header + $"Norway Finland,1988-05-05,NA,{signature},{force},NA,NA,NA,NA\n", "treaties.csv", Countries, Organisations);

        var agreement = Assert.Single(result.Value);
        Assert.Equal((DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture), inForce is null ? (DateOnly?)null : DateOnly.Parse(inForce, System.Globalization.CultureInfo.InvariantCulture)), (agreement.SignedOn, agreement.InForce));
    }

    [Theory]
    [InlineData("Treaty Between England And Castile,1351-08-01,NA,1351-08-01,NA,NA,NA,NA,NA")]
    [InlineData("Norway Finland,1964-06,NA,1964-06,NA,NA,NA,NA,NA")]
    [InlineData("\"Norway Finland,1964-06-01,NA,1964-06-01,NA,NA,NA,NA,NA")]
    [InlineData("Norway Finland,1964-06-01,NA")]
    public void Parse_RowWithoutPartyOrDayOrBadCsv_IsAWarningAtItsLine(string row)
    {
        var result = HuggoTreatyReader.Parse(Header + "Norway Finland,1989-03-01,NA,1989-03-01,NA,NA,NA,NA,NA\n" + row + "\n", "treaties.csv", Countries, Organisations);

        Assert.Single(result.Value);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((3, DiagnosticSeverity.Warning), (warning.Line, warning.Severity));
    }

    [Fact]
    public void Parse_TitleTwice_SecondGetsItsSigningDay()
    {
        var rows = "Norway Finland,1989-03-01,NA,1989-03-01,NA,NA,NA,NA,NA\nNorway Finland,1999-06-10,NA,1999-06-10,NA,NA,\"Norway, Finland 1999\",NA,NA\n";

        var result = HuggoTreatyReader.Parse(Header + rows, "treaties.csv", Countries, Organisations);

        Assert.Equal(["Norway Finland", "Norway Finland (1999-06-10)"], result.Value.Select(a => a.Title));
        Assert.Equal(["Norway Finland 1999"], result.Value[1].Names);
    }

    [Fact]
    public void Parse_MissingColumns_IsAnError()
    {
        var result = HuggoTreatyReader.Parse("Name,Date\nx,1990-01-01\n", "treaties.csv", Countries, Organisations);

        Assert.Empty(result.Value);
        Assert.Equal((1, DiagnosticSeverity.Error), (Assert.Single(result.Diagnostics).Line, result.Diagnostics[0].Severity));
    }

    [SharedFact(RealList)]
    public void Read_HuggoList_AgreementsLoadWithoutErrors()
    {
        var knowledge = Path.Combine(SharedData.RepositoryRoot, "knowledge");
        var countries = CountryReader.Read(Path.Combine(knowledge, "countries.txt")).Value;
        var organisations = OrganisationReader.Read(Path.Combine(knowledge, "organisations.txt")).Value;

        var result = HuggoTreatyReader.Read(SharedData.PathOf(RealList), countries, organisations);
        using var directory = new TemporaryDirectory();
        File.Copy(Path.Combine(knowledge, "countries.txt"), Path.Combine(directory.Path, "countries.txt"));
        File.Copy(Path.Combine(knowledge, "organisations.txt"), Path.Combine(directory.Path, "organisations.txt"));
        using (var writer = File.CreateText(Path.Combine(directory.Path, "agreements.txt")))
        {
            AgreementWriter.Write(writer, result.Value, "test");
        }

        var loaded = DyadKnowledgeLoader.Load(directory.Path);

        Assert.InRange(result.Value.Count, 3_000, File.ReadLines(SharedData.PathOf(RealList)).Count() - 1);
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(result.Value.Count, loaded.Agreements.Count);
        var bwc = Assert.Single(loaded.Agreements, a => a.Title.StartsWith("Convention On The Prohibition Of The Development Production And Stockpiling Of Bacteriological", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(1972, 4, 10), (DateOnly?)new DateOnly(1975, 3, 26)), (bwc.SignedOn, bwc.InForce));
        Assert.Equal(["GBR", "RUS", "USA"], bwc.Parties.Order(StringComparer.Ordinal));
    }
}
