using Dyad.Core.Stories;

namespace Dyad.Events.Tests.Coding;

public sealed class PoliteSpeechActsTests
{
    [Theory]
    [InlineData("Vladimir Putin would like to thank Sadyr Japarov for the invitation.", "RUSGOV>KGZGOV:051", Modality.Asserted)]
    [InlineData("Vladimir Putin would like to congratulate Sadyr Japarov on his victory.", "RUSGOV>KGZGOV:051", Modality.Asserted)]
    [InlineData("Vladimir Putin would like to visit Kyrgyzstan.", "RUSGOV>KGZ:036", Modality.Intended)]
    public void Code_WouldLikeToWithAnActDoneBySaying_IsThatActMade(string text, string dyad, Modality modality)
    {
        var story = CodingPipeline.Code(text, "2023-05-08");

        var coded = Assert.Single(story.Events, e => e.IsCoded);
        Assert.Equal(dyad, $"{coded.Sources[0].Code}>{coded.Targets[0].Code}:{coded.CameoCode}");
        Assert.Equal(modality, coded.Modality);
    }
}
