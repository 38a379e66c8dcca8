using Dyad.Coding;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;
using Dyad.Syntax;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Coreference;

/// <summary>The stages of <c>dyad code</c> before coreference, with the shipped syntax model and the bundled knowledge.</summary>
internal static class Pipeline
{
    private static readonly Lazy<IStoryStage[]> Stages = new(() =>
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(Path.Combine(SharedData.RepositoryRoot, "knowledge"), null);
        Assert.True(knowledge is not null, string.Join('\n', errors));
        return [.. CodingStages.Build(knowledge, SyntaxModel.Load(SyntaxModelFiles.Installed)).TakeWhile(s => s.Name != "coreference")];
    });

    /// <summary>A story of <paramref name="text"/> dated 2023-05-08, through the stages before coreference.</summary>
    public static Story Analyse(string text) => Analyse(new Story { Id = "test", Date = new DateOnly(2023, 5, 8), Text = text });

    public static Story Analyse(Story story) => Stages.Value.Aggregate(story, (s, stage) => stage.Process(s));
}
