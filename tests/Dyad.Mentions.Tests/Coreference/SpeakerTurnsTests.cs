using Dyad.Mentions.Coreference;

namespace Dyad.Mentions.Tests.Coreference;

public sealed class SpeakerTurnsTests
{
    private static readonly CoreferenceStage Stage = new();

    private const string Transcript = "Vladimir Putin met with Sadyr Japarov.\nPresident of Russia Vladimir Putin: Mr President, colleagues.\nI am glad to see you. We discussed trade in detail.\nQuestion: Did you discuss gas supplies?\nWe expect an answer soon.";

    [Theory]
    [InlineData("I", "RUSGOV")]
    [InlineData("We", "RUSGOV")]
    public void Process_FirstPersonPronounInATurn_TakesTheCodeOfTheSpeakerTheLabelNames(string pronoun, string code)
    {
        var story = Stage.Process(Pipeline.Analyse(Transcript));

        var mention = Assert.Single(story.Actors, a => Transcript[a.Start..a.End] == pronoun && a.Start < Transcript.IndexOf("Question", StringComparison.Ordinal));
        Assert.Equal(code, mention.Code);
        Assert.StartsWith(CoreferenceStage.Resolution, mention.Resolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_FirstPersonPronounAfterALabelNamingNobody_IsLeftUnresolved()
    {
        var story = Stage.Process(Pipeline.Analyse(Transcript));

        var afterQuestion = Transcript.IndexOf("Question", StringComparison.Ordinal);
        Assert.DoesNotContain(story.Actors, a => a.Start > afterQuestion && Transcript[a.Start..a.End] == "We");
    }

    [Fact]
    public void Process_FirstPersonPronounInNewsProse_IsLeftUnresolved()
    {
        const string Text = "Vladimir Putin met with Sadyr Japarov.\nWe understand that the talks were useful.";

        var story = Stage.Process(Pipeline.Analyse(Text));

        Assert.DoesNotContain(story.Actors, a => Text[a.Start..a.End] == "We");
    }
}
