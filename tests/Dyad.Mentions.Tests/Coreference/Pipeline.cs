using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Syntax;
using Dyad.Testing;
using Dyad.Text;

namespace Dyad.Mentions.Tests.Coreference;

/// <summary>The stages of <c>dyad code</c> before coreference, with the shipped syntax model and the bundled knowledge.</summary>
internal static class Pipeline
{
    private static readonly Lazy<IStoryStage[]> Stages = new(() =>
    [
        new TextStage(TextOptions.Default),
        new SyntaxStage(SyntaxModel.Load(SyntaxModelFiles.Installed)),
        new ActorStage(ActorIndex.Compile(DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge")))),
    ]);

    /// <summary>A story of <paramref name="text"/> dated 2023-05-08, through the text, syntax and actor stages.</summary>
    public static Story Analyse(string text) => Analyse(new Story { Id = "test", Date = new DateOnly(2023, 5, 8), Text = text });

    public static Story Analyse(Story story) => Stages.Value.Aggregate(story, (s, stage) => stage.Process(s));
}
