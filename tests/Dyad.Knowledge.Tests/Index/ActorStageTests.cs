using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Index;

public sealed class ActorStageTests
{
    private static readonly ActorStage Stage = new(ActorIndex.Compile(DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge"))));

    [Fact]
    public void Process_TwoSentences_GivesCharacterSpansSentenceIndexesAndCodesForTheStoryDate()
    {
        var story = Tokenised("Putin held talks with Sadyr Japarov in Moscow .", "Kyrgyz opposition protested .");

        var actors = Stage.Process(story).Actors;

        Assert.Equal(["Putin", "Sadyr Japarov", "Kyrgyz opposition"], actors.Select(a => story.Text[a.Start..a.End]));
        Assert.Equal(["RUSGOV", "KGZGOV", "KGZOPP"], actors.Select(a => a.Code));
        Assert.Equal([0, 0, 1], actors.Select(a => a.Sentence));
    }

    [Theory]
    [InlineData("He spoke in public .")]
    [InlineData("A note was made .")]
    public void Process_CommonWordsThatEndSomeonesName_AreNotPeople(string sentence)
    {
        Assert.DoesNotContain(Stage.Process(Tokenised(sentence)).Actors, a => a.Resolution.StartsWith("Person", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_StoryWithoutDate_IsLeftAsItIs()
    {
        var story = Tokenised("Putin spoke .") with { Date = null };

        Assert.Empty(Stage.Process(story).Actors);
    }

    /// <summary>A story whose sentences are the given space-separated tokens, one sentence per string, dated 2023-05-08.</summary>
    [Theory]
    [InlineData("Country", true)]
    [InlineData("PersonRole", true)]
    [InlineData("AgentOnly", false)]
    [InlineData("Organisation", false)]
    public void IsName_Resolution_SaysWhetherTheWordsAreProperNouns(string resolution, bool expected)
    {
        Assert.Equal(expected, ActorStage.IsName(new Actor(0, 5, 0, "X", null, null, "X", resolution)));
    }

    private static Story Tokenised(params string[] sentences)
    {
        var text = string.Join(' ', sentences);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var first = tokens.Count;
            foreach (var word in sentence.Split(' '))
            {
                tokens.Add(new Token(offset, offset + word.Length));
                offset += word.Length + 1;
            }

            spans.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
        }

        return new Story { Id = "s", Date = new DateOnly(2023, 5, 8), Text = text, Tokens = tokens.ToImmutable(), Sentences = spans.ToImmutable() };
    }
}
