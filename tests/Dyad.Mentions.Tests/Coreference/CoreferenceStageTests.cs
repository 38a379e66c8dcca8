using Dyad.Core.Stories;
using Dyad.Mentions.Coreference;

namespace Dyad.Mentions.Tests.Coreference;

public sealed class CoreferenceStageTests
{
    private static readonly CoreferenceStage Stage = new();

    [Theory]
    [InlineData("Russian President Vladimir Putin met Kyrgyz President Sadyr Japarov in Moscow on Monday. He said the talks were useful.", "He", "RUSGOV")]
    [InlineData("Vladimir Putin held talks with Sadyr Japarov in Moscow. The Kyrgyz leader thanked him for the invitation.", "him", "RUSGOV")]
    [InlineData("The European Union imposed new sanctions on Iran. It said the measures would stay in force.", "It", "IGOEEC")]
    [InlineData("Sadyr Japarov met Vladimir Putin in Moscow. The Russian President praised the agreement.", "The Russian President", "RUSGOV")]
    [InlineData("Vladimir Putin met Sadyr Japarov in Moscow. Putin and Japarov signed a treaty.", "Japarov", "KGZGOV")]
    [InlineData("Recep Tayyip Erdogan called Sadyr Japarov. During his visit to India, Vladimir Putin met Narendra Modi.", "his", "RUSGOV")]
    public void Process_AnaphorAfterActors_AddsAMentionWithTheAntecedentsCode(string text, string anaphor, string code)
    {
        var story = Stage.Process(Pipeline.Analyse(text));

        var added = Assert.Single(story.Actors, a => a.Resolution.StartsWith(CoreferenceStage.Resolution, StringComparison.Ordinal) && text[a.Start..a.End] == anaphor);
        Assert.Equal(code, added.Code);
        Assert.Equal(1, added.Sentence);
    }

    [Theory]
    [InlineData("Vladimir Putin held talks with Sadyr Japarov in Moscow. The two presidents signed a joint statement.", "The two presidents", "KGZGOV RUSGOV")]
    [InlineData("Russia and Kyrgyzstan signed a treaty on the military base. Both countries agreed to extend it.", "Both countries", "KGZ RUS")]
    [InlineData("Vladimir Putin and Sadyr Japarov met in Moscow. They discussed trade.", "They", "KGZGOV RUSGOV")]
    [InlineData("Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan. The two presidents discussed Syria.", "The two presidents", "RUSGOV TURGOV")]
    [InlineData("Vladimir Putin and Sadyr Japarov met in Moscow. Acts of terrorism were discussed. The presidents signed a statement.", "The presidents", "KGZGOV RUSGOV")]
    public void Process_PluralAnaphor_AddsOneMentionPerActorOverTheSameSpan(string text, string anaphor, string codes)
    {
        var story = Stage.Process(Pipeline.Analyse(text));

        var added = story.Actors.Where(a => a.Resolution.StartsWith(CoreferenceStage.Resolution, StringComparison.Ordinal) && text[a.Start..a.End] == anaphor);
        Assert.Equal(codes, string.Join(' ', added.Select(a => a.Code).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("Vladimir Putin met Shinzo Abe. Putin spoke about his conversation with the President of the United States.", "the President")]
    [InlineData("Benjamin Netanyahu called Vladimir Putin. The data will be delivered by the Israeli Air Force commander.", "the Israeli Air Force commander")]
    public void Process_DescriptionThatNamesWhoseItIs_IsANewMentionNotAReferenceBack(string text, string description)
    {
        var story = Stage.Process(Pipeline.Analyse(text));

        Assert.DoesNotContain(story.Actors, a => a.Resolution.StartsWith(CoreferenceStage.Resolution, StringComparison.Ordinal) && text[a.Start..].StartsWith(description, StringComparison.Ordinal));
    }

    [Fact]
    public void Process_Pronoun_NamesTheAntecedentInItsResolution()
    {
        const string Text = "Vladimir Putin arrived in Bishkek. He met students.";

        var he = Assert.Single(Stage.Process(Pipeline.Analyse(Text)).Actors, a => Text[a.Start..a.End] == "He");

        Assert.Equal("coreference: Vladimir Putin [0,14)", he.Resolution);
        Assert.Equal("Vladimir Putin", he.Name);
    }

    [Fact]
    public void Process_AnyStory_KeepsTheActorStageMentionsUnchangedAndInTextOrder()
    {
        var before = Pipeline.Analyse("Vladimir Putin and Sadyr Japarov met in Moscow. They discussed trade, and Putin praised his guest.");

        var after = Stage.Process(before);

        Assert.Equal(before.Actors, after.Actors.Where(a => !a.Resolution.StartsWith(CoreferenceStage.Resolution, StringComparison.Ordinal)));
        Assert.True(after.Actors.Length > before.Actors.Length);
        Assert.Equal(after.Actors.Select(a => a.Start).Order(), after.Actors.Select(a => a.Start));
    }

    [Fact]
    public void Process_PleonasticIt_AddsNothing()
    {
        const string Text = "The European Union met the students. It is likely that the talks will resume.";

        Assert.DoesNotContain(Stage.Process(Pipeline.Analyse(Text)).Actors, a => Text[a.Start..a.End] == "It");
    }

    [Fact]
    public void Process_NameInAppositionToAnActor_CarriesThatActorToLaterPronouns()
    {
        const string Text = "Vladimir Putin arrived in Bishkek. The opposition leader Anna Petrova met him. She spoke to the press.";

        var after = Stage.Process(Pipeline.Analyse(Text));

        Assert.Equal("RUSGOV", Assert.Single(after.Actors, a => Text[a.Start..a.End] == "him").Code);
        Assert.Equal("OPP", Assert.Single(after.Actors, a => Text[a.Start..a.End] == "She").Code);
    }

    [Fact]
    public void Process_PronounOfTheOtherGenderThanAnEarlierOne_IsNotLinkedToTheSameActor()
    {
        const string Text = "Vladimir Putin arrived in Bishkek. He met students. Later she spoke to the press.";

        var after = Stage.Process(Pipeline.Analyse(Text));

        Assert.Contains(after.Actors, a => Text[a.Start..a.End] == "He" && a.Code == "RUSGOV");
        Assert.DoesNotContain(after.Actors, a => Text[a.Start..a.End] == "she");
    }

    [Fact]
    public void Process_ObjectPronoun_IsNotItsOwnSubject()
    {
        const string Text = "Sadyr Japarov visited Moscow. Vladimir Putin welcomed him.";

        var him = Assert.Single(Stage.Process(Pipeline.Analyse(Text)).Actors, a => Text[a.Start..a.End] == "him");

        Assert.Equal("KGZGOV", him.Code);
    }

    [Fact]
    public void Process_StoryWithoutSyntax_IsLeftAsItIs()
    {
        var story = new Story { Id = "s", Text = "He spoke." };

        Assert.Same(story, Stage.Process(story));
    }
}
