using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Coding;
using Dyad.Knowledge.Index;
using Dyad.Syntax;
using Dyad.Testing;

namespace Dyad.Coding.Tests;

public sealed class CodingStagesTests
{
    private static readonly Lazy<CodingKnowledge> Bundled = new(() =>
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(Path.Combine(SharedData.RepositoryRoot, "knowledge"), null);
        Assert.True(knowledge is not null, string.Join('\n', errors));
        return knowledge;
    });

    private static readonly Lazy<SyntaxModel> Model = new(() => SyntaxModel.Load(SyntaxModelFiles.Installed));

    [Fact]
    public void Build_BundledKnowledge_FindsTheActorsBeforeTheParseAndTheOtherMentionsAfterIt()
    {
        var names = CodingStages.Build(Bundled.Value, Model.Value).Select(s => s.Name).ToList();

        Assert.Equal(["actors", "syntax", "places", "quotes", "agreements"], names.SkipWhile(n => n != "actors").Take(5));
    }

    [Fact]
    public void Build_BundledKnowledge_MakesAPipelineWhoseLastStageCodesEvents()
    {
        var stages = CodingStages.Build(Bundled.Value, Model.Value);

        var pipeline = StoryPipeline.Build(stages);

        Assert.Equal("events", pipeline.StageNames[^1]);
        Assert.IsType<EventStage>(stages[^1]);
    }

    [Fact]
    public void Build_StoryText_CodesTheMeetingWithItsDatelinePlace()
    {
        var stages = CodingStages.Build(Bundled.Value, Model.Value);
        var story = new Story { Id = "s", Date = new DateOnly(2023, 5, 8), Text = "MOSCOW, May 8. Vladimir Putin met Sadyr Japarov." };

        var coded = StoryPipeline.Build(stages).Run(story);

        var meeting = Assert.Single(coded.Events, e => e.IsCoded && e.CameoCode == "040" && e.Sources.Any(a => a.Code == "RUSGOV"));
        Assert.Contains(meeting.Targets, t => t.Code == "KGZGOV");
    }
}
