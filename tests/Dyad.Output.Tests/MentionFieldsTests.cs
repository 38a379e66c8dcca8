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

    [Fact]
    public void Write_StoryWithQuoteAndAgreement_WritesTheirFields()
    {
        const string text = "\"Peace,\" the statement said of the Agreement on Peace.";
        var story = new Story
        {
            Id = "s",
            Text = text,
            Quotes = [new Quote(new QuoteSpeaker(9, 22, null, ["RUSGOV", "KGZGOV"]), 1, 6, 0, QuoteKind.Direct)],
            Agreements = [new AgreementMention("Agreement on Peace", 35, 53, 0, new DateOnly(2012, 9, 20), ["RUS", "KGZ"], AgreementStatus.InForce, "Peace agreement")],
        };

        using var json = JsonDocument.Parse(StoryRecords.Write(story));
        var quote = Assert.Single(json.RootElement.GetProperty("quotes").EnumerateArray());
        var agreement = Assert.Single(json.RootElement.GetProperty("agreements").EnumerateArray());

        Assert.Equal("Peace", quote.GetProperty("text").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("the statement", quote.GetProperty("speaker").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").GetProperty("code").ValueKind);
        Assert.Equal("KGZGOV", quote.GetProperty("speaker").GetProperty("authors")[1].GetString());
        Assert.Equal("Agreement on Peace", agreement.GetProperty("title").GetString());
        Assert.Equal("2012-09-20", agreement.GetProperty("date").GetString());
        Assert.Equal("in force", agreement.GetProperty("status").GetString());
        Assert.Equal("Peace agreement", agreement.GetProperty("known_id").GetString());
        Assert.Equal(2, agreement.GetProperty("parties").GetArrayLength());
    }

    [Theory]
    [InlineData(AgreementStatus.Planned, "planned")]
    [InlineData(AgreementStatus.UnderNegotiation, "under negotiation")]
    [InlineData(AgreementStatus.Concluded, "signed")]
    [InlineData(AgreementStatus.InForce, "in force")]
    public void Write_AgreementStatus_WritesItsRecordName(AgreementStatus status, string expected)
    {
        var story = new Story { Id = "s", Text = Text, Agreements = [new AgreementMention("Pact", 0, 4, 0, null, [], status, null)] };

        using var json = JsonDocument.Parse(StoryRecords.Write(story));

        Assert.Equal(expected, json.RootElement.GetProperty("agreements")[0].GetProperty("status").GetString());
    }
}
