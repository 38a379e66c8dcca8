using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Mentions.Places;

namespace Dyad.Mentions.Tests.Places;

public sealed class PlaceIndexTests
{
    private const string PlacesFile = """
        # format: places 1
        # sources: test fixture
        Abu Dhabi | country: ARE | at: 24.47 54.37 | kind: capital
        London | country: CAN | at: 42.98 -81.23 | kind: city
        London | country: GBR | at: 51.51 -0.13 | kind: capital
        Tripoli | country: LBN | at: 34.44 35.85 | kind: regional capital | names: Trablous
        Tripoli | country: LBY | at: 32.88 13.19 | kind: capital

        """;

    private const string CountriesFile = """
        # format: countries 1
        # sources: test fixture
        KGZ | name: Kyrgyzstan | names: Kyrgyz Republic

        """;

    private static readonly PlaceIndex Index = PlaceIndex.Build(
        PlaceReader.Parse(PlacesFile, "places.txt").Value,
        CountryReader.Parse(CountriesFile, "countries.txt").Value);

    [Theory]
    [InlineData(new[] { "abu", "dhabi", "said" }, 0, 2, "Abu Dhabi")]
    [InlineData(new[] { "in", "the", "kyrgyz", "republic" }, 2, 2, "Kyrgyzstan")]
    [InlineData(new[] { "trablous" }, 0, 1, "Tripoli")]
    public void Longest_KnownName_MatchesAllItsTokens(string[] folded, int start, int length, string name)
    {
        var found = Index.Longest(folded, start);

        Assert.NotNull(found);
        Assert.Equal(length, found.Value.Length);
        Assert.All(found.Value.Entries, e => Assert.Equal(name, e.Name));
    }

    [Fact]
    public void Longest_PartOfAName_FindsNothing()
    {
        Assert.Null(Index.Longest(["abu", "ghraib"], 0));
    }

    [Theory]
    [InlineData("MOSCOW", 0)]
    [InlineData("LONDON", 2)]
    [InlineData("Abu Dhabi", 1)]
    [InlineData("Kyrgyzstan", 1)]
    public void Lookup_WholeName_GivesEveryPlaceOfThatName(string name, int count)
    {
        Assert.Equal(count, Index.Lookup(name).Length);
    }

    [Theory]
    [InlineData("London", "", "GBR", PlaceResolution.Prominence)]
    [InlineData("London", "CAN", "CAN", PlaceResolution.StoryCountry)]
    [InlineData("Tripoli", "LBN,RUS", "LBN", PlaceResolution.StoryCountry)]
    [InlineData("Abu Dhabi", "CAN", "ARE", PlaceResolution.Unique)]
    public void Resolve_SharedName_TakesStoryCountryElseMostProminent(string name, string storyCountries, string country, PlaceResolution resolution)
    {
        var countries = storyCountries.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        var place = PlaceIndex.Resolve(Index.Lookup(name), countries);

        Assert.Equal(country, place.Country);
        Assert.Equal(resolution, place.Resolution);
    }

    [Fact]
    public void Resolve_Country_HasNoPoint()
    {
        var place = PlaceIndex.Resolve(Index.Lookup("Kyrgyz Republic"), new HashSet<string>());

        Assert.Equal(("KGZ", PlaceIndex.CountryKind), (place.Country, place.Kind));
        Assert.Null(place.Latitude);
    }
}
