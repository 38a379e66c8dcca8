using Dyad.Knowledge.Dyad;
using Dyad.Mentions.Places;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Places;

public sealed class PlaceStageTests
{
    private static readonly PlaceStage Stage = new(MentionStories.Places);

    [Theory]
    [InlineData("The talks were held in Bishkek on Monday.", "Bishkek/KGZ")]
    [InlineData("The presidents met at the Kremlin after talks in Abu Dhabi and Tashkent.", "Abu Dhabi/ARE Tashkent/UZB")]
    [InlineData("Exercises were held in Kyrgyzstan last week.", "Kyrgyzstan/KGZ")]
    [InlineData("Russia sent troops to Kyrgyzstan.", "")]
    [InlineData("During his visit to Kyrgyzstan, the minister met students.", "Kyrgyzstan/KGZ")]
    [InlineData("The president began a trip to the Kyrgyz Republic.", "Kyrgyzstan/KGZ")]
    [InlineData("Kyrgyzstan and Russia signed a treaty.", "")]
    [InlineData("The leaders of Canada met in London on Friday.", "London/CAN")]
    [InlineData("The prime minister of Britain was in London on Friday.", "London/GBR")]
    [InlineData("The minister said the situation in the city of Tripoli in Lebanon was calm.", "Tripoli/LBN Lebanon/LBN")]
    public void Process_Sentence_FindsThePlacesResolvedByTheStoryCountries(string text, string expected)
    {
        var story = Stage.Process(MentionStories.Analyze(text));

        Assert.Equal(expected, string.Join(' ', story.Places.Select(p => $"{p.Place.Name}/{p.Place.Country}")));
    }

    [Fact]
    public void Process_PlaceMention_GivesItsTokensInTheSentence()
    {
        var story = Stage.Process(MentionStories.Analyze("Putin arrived on Monday. He held talks in Abu Dhabi with the president."));

        var mention = Assert.Single(story.Places);
        var sentence = story.Sentences[mention.Sentence];
        Assert.Equal(1, mention.Sentence);
        Assert.Equal(story.Tokens[sentence.FirstToken + mention.TokenStart].Start, mention.Start);
        Assert.Equal(story.Tokens[sentence.FirstToken + mention.TokenEnd - 1].End, mention.End);
        Assert.Equal("Abu Dhabi", story.Text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("MOSCOW, May 8. /TASS/. Putin met Japarov.", "Moscow", "RUS", 55.75, 37.62)]
    [InlineData("LONDON, May 8. /TASS/. The talks went on.", "London", "GBR", 51.51, -0.13)]
    [InlineData("LONDON, May 8. /TASS/. The Canadian foreign minister spoke.", "London", "CAN", 42.98, -81.23)]
    public void Process_Dateline_ResolvesItsPlaceWithCoordinates(string text, string name, string country, double latitude, double longitude)
    {
        var place = Stage.Process(MentionStories.Analyze(text)).DatelinePlace;

        Assert.NotNull(place);
        Assert.Equal((name, country, latitude, longitude), (place.Name, place.Country, place.Latitude!.Value, place.Longitude!.Value));
    }

    [Fact]
    public void Process_ImportedPlaces_AreFoundLikeBundledOnes()
    {
        var imported = PlaceReader.Parse("# format: places 1\n# sources: test fixture\nZarbay | country: KGZ | at: 41.40 75.90 | kind: regional capital\n", "places.txt").Value;
        var stage = new PlaceStage(PlaceIndex.Build([.. MentionStories.Knowledge.Places, .. imported], MentionStories.Knowledge.Countries));

        var story = stage.Process(MentionStories.Analyze("Japarov visited a school in Zarbay on Monday."));

        Assert.Equal("Zarbay", Assert.Single(story.Places).Place.Name);
    }

    [SharedFact(MentionStories.SeedPath)]
    public void Process_Seed_DatelineIsMoscowWithCoordinates()
    {
        var place = Stage.Process(MentionStories.Seed()).DatelinePlace;

        Assert.NotNull(place);
        Assert.Equal(("Moscow", "RUS"), (place.Name, place.Country));
        Assert.Equal(55.75, place.Latitude!.Value, 2);
        Assert.Equal(37.62, place.Longitude!.Value, 2);
    }
}
