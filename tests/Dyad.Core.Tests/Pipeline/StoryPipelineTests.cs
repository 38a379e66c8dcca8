using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Core.Tests.Pipeline;

public sealed class StoryPipelineTests
{
    [Fact]
    public void Build_StageBeforeItsRequirement_ThrowsNamingStageAndLayer()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StoryPipeline.Build([new Stage("tagger", ["tokens"], ["tags"]), new Stage("tokenizer", [], ["tokens"])]));

        Assert.Contains("'tagger'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tokens'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StagesInOrder_AppliesEachInTurn()
    {
        var pipeline = StoryPipeline.Build([new Stage("first", [], ["a"]), new Stage("second", ["a"], ["b"])]);

        var story = pipeline.Run(new Story { Id = "s", Text = "" });

        Assert.Equal("first second", story.Title?.Trim());
        Assert.Equal(["first", "second"], pipeline.StageNames);
    }

    private sealed record Stage(string Name, IReadOnlyList<string> Requires, IReadOnlyList<string> Provides) : IStoryStage
    {
        public Story Process(Story story) => story with { Title = $"{story.Title} {Name}" };
    }
}
