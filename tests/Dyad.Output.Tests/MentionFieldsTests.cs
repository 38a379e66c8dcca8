using System.Text.Json;
using Dyad.Core.Stories;

namespace Dyad.Output.Tests;

public sealed class MentionFieldsTests
{
    private const string Text = "MOSCOW, May 8. /TASS/. Talks in Bishkek.";

    [Fact]
    public void Write_StoryWithPlaces_WritesPlacesAndDatelinePlace()
    {
        var story = new Story
        {
            Id = "s",
            Text = Text,
            Places = [new PlaceMention(32, 39, 0, 2, 3, new ResolvedPlace("Bishkek", "KGZ", 42.87, 74.59, "capital", PlaceResolution.Unique))],
            DatelinePlace = new ResolvedPlace("Moscow", "RUS", 55.75, 37.62, "capital", PlaceResolution.StoryCountry),
        };

        using var json = JsonDocument.Parse(StoryRecords.Write(story));
        var place = Assert.Single(json.RootElement.GetProperty("places").EnumerateArray());
        var dateline = json.RootElement.GetProperty("dateline_place");

        Assert.Equal("Bishkek", place.GetProperty("text").GetString());
        Assert.Equal("KGZ", place.GetProperty("country").GetString());
        Assert.Equal(74.59, place.GetProperty("lon").GetDouble());
        Assert.Equal(32, place.GetProperty("start").GetInt32());
        Assert.Equal("Moscow", dateline.GetProperty("name").GetString());
        Assert.Equal(55.75, dateline.GetProperty("lat").GetDouble());
        Assert.Equal("story country", dateline.GetProperty("resolution").GetString());
    }

    [Fact]
    public void Write_CountryPlaceWithoutPoint_WritesNullCoordinates()
    {
        var story = new Story
        {
            Id = "s",
            Text = Text,
            Places = [new PlaceMention(32, 39, 0, 2, 3, new ResolvedPlace("Kyrgyzstan", "KGZ", null, null, "country", PlaceResolution.Unique))],
        };

        using var json = JsonDocument.Parse(StoryRecords.Write(story));
        var place = Assert.Single(json.RootElement.GetProperty("places").EnumerateArray());

        Assert.Equal(JsonValueKind.Null, place.GetProperty("lat").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("dateline_place").ValueKind);
    }
}
