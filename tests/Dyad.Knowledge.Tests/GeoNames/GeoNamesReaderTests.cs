using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.GeoNames;
using Dyad.Knowledge.Sources;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.GeoNames;

public sealed class GeoNamesReaderTests
{
    private const string RealDump = "reference/geonames/geonames_cities15000_from_cities1000_2013.txt";

    private static readonly IReadOnlyList<Country> Countries =
    [
        new("KGZ", "Kyrgyzstan", "KG", [], [], "Bishkek", DateRange.Always, new SourceLocation("countries.txt", 1)),
        new("USA", "United States", "US", [], [], "Washington", DateRange.Always, new SourceLocation("countries.txt", 2)),
    ];

    [Theory]
    [InlineData("PPLC", "capital")]
    [InlineData("PPLA", "regional capital")]
    [InlineData("PPLA2", "regional capital")]
    [InlineData("PPL", "city")]
    [InlineData("PPLX", "city")]
    public void Parse_FeatureCode_GivesKind(string featureCode, string kind)
    {
        var result = GeoNamesReader.Parse(Line(1, "Testville", "KG", featureCode, 50_000), "dump.txt", Countries, GeoNamesOptions.Default);

        Assert.Equal(kind, Assert.Single(result.Value).Kind);
    }

    [Fact]
    public void Parse_Line_MapsIsoToCodeAndRoundsCoordinates()
    {
        var result = GeoNamesReader.Parse(Line(1, "Testville", "KG", "PPL", 50_000, latitude: "42.87456", longitude: "-74.5951"), "dump.txt", Countries, GeoNamesOptions.Default);

        var place = Assert.Single(result.Value);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("KGZ", 42.87, -74.60), (place.Country, place.Latitude, place.Longitude));
    }

    [Fact]
    public void Parse_Alternates_KeepsOnlyEnglishLookingOnes()
    {
        var alternates = "Testograd,TSV,tai si te,Тествиль,Test'ville,Testville-on-Sea,Villa de Test";
        var result = GeoNamesReader.Parse(Line(1, "Téstville", "KG", "PPL", 50_000, ascii: "Testville", alternates: alternates), "dump.txt", Countries, GeoNamesOptions.Default);

        Assert.Equal(["Testograd", "Testville", "Testville-on-Sea", "Villa de Test"], Assert.Single(result.Value).Names);
    }

    [Fact]
    public void Parse_SameNameTwiceInOneCountry_KeepsTheMorePopulous()
    {
        var text = Line(1, "Springfield", "US", "PPL", 20_000, latitude: "39.80") + Line(2, "Springfield", "US", "PPLA", 110_000, latitude: "37.21") + Line(3, "Springfield", "KG", "PPL", 15_000);

        var result = GeoNamesReader.Parse(text, "dump.txt", Countries, GeoNamesOptions.Default);

        Assert.Equal([("KGZ", 42.87), ("USA", 37.21)], result.Value.Select(p => (p.Country, p.Latitude)));
    }

    [Fact]
    public void Parse_MinPopulation_DropsSmallerPlaces()
    {
        var text = Line(1, "Bigtown", "KG", "PPL", 400_000) + Line(2, "Smalltown", "KG", "PPL", 20_000);

        var result = GeoNamesReader.Parse(text, "dump.txt", Countries, GeoNamesOptions.Default with { MinPopulation = 300_000 });

        Assert.Equal(["Bigtown"], result.Value.Select(p => p.Name));
    }

    [Theory]
    [InlineData("1\tShort line\n")]
    [InlineData("ZZ")]
    [InlineData("lat")]
    [InlineData("pop")]
    public void Parse_BadLine_IsAWarningWithFileAndLineAndIsSkipped(string fault)
    {
        var bad = fault switch
        {
            "ZZ" => Line(2, "Nowhere", "ZZ", "PPL", 1),
            "lat" => Line(2, "Nowhere", "KG", "PPL", 1, latitude: "north"),
            "pop" => Line(2, "Nowhere", "KG", "PPL", 1).Replace("\t1\t\t", "\tmany\t\t", StringComparison.Ordinal),
            _ => fault,
        };

        var result = GeoNamesReader.Parse(Line(1, "Testville", "KG", "PPL", 50_000) + bad, "dump.txt", Countries, GeoNamesOptions.Default);

        Assert.Equal(["Testville"], result.Value.Select(p => p.Name));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("dump.txt", 2, DiagnosticSeverity.Warning), (warning.File, warning.Line, warning.Severity));
    }

    [Fact]
    public void Parse_ThenWrite_ReadsBackWithoutProblems()
    {
        var text = Line(1, "Zeta", "KG", "PPL", 50_000) + Line(2, "Alpha", "US", "PPLC", 50_000, alternates: "Alfa");
        var places = GeoNamesReader.Parse(text, "dump.txt", Countries, GeoNamesOptions.Default).Value;
        var written = new StringWriter();

        PlaceWriter.Write(written, places, "test fixture");
        var reread = PlaceReader.Parse(written.ToString(), "places.txt");

        Assert.Empty(reread.Diagnostics);
        Assert.Equal(places.Select(p => (p.Name, p.Country, p.Latitude, p.Longitude, p.Kind, string.Join(",", p.Names))), reread.Value.Select(p => (p.Name, p.Country, p.Latitude, p.Longitude, p.Kind, string.Join(",", p.Names))));
    }

    [SharedFact(RealDump)]
    public void Read_Cities15000_ConvertsNearlyEveryLineIntoPlacesThatLoadWithoutErrors()
    {
        var countries = CountryReader.Read(Path.Combine(SharedData.RepositoryRoot, "knowledge", "countries.txt")).Value;

        var result = GeoNamesReader.Read(SharedData.PathOf(RealDump), countries, GeoNamesOptions.Default);
        using var directory = new TemporaryDirectory();
        File.Copy(Path.Combine(SharedData.RepositoryRoot, "knowledge", "countries.txt"), Path.Combine(directory.Path, "countries.txt"));
        using (var writer = File.CreateText(Path.Combine(directory.Path, "places.txt")))
        {
            PlaceWriter.Write(writer, result.Value, "test");
        }

        var loaded = DyadKnowledgeLoader.Load(directory.Path);

        Assert.InRange(result.Value.Count, 22_000, File.ReadLines(SharedData.PathOf(RealDump)).Count());
        Assert.Empty(loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Equal(result.Value.Count, loaded.Places.Count);
        var bishkek = Assert.Single(loaded.Places, p => p.Name == "Bishkek");
        Assert.Equal(("KGZ", 42.87, 74.59, "capital"), (bishkek.Country, bishkek.Latitude, bishkek.Longitude, bishkek.Kind));
    }

    private static string Line(int id, string name, string iso, string featureCode, long population, string? ascii = null, string alternates = "", string latitude = "42.87", string longitude = "74.59") =>
        $"{id}\t{name}\t{ascii ?? name}\t{alternates}\t{latitude}\t{longitude}\tP\t{featureCode}\t{iso}\t\t01\t\t\t\t{population}\t\t800\tAsia/Bishkek\t2024-01-01\n";
}
