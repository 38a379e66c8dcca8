using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Text;

/// <summary>The pipeline stage that adds the dateline, sentences and tokens (<see cref="TextAnalyzer"/>).</summary>
public sealed class TextStage(TextOptions options) : IStoryStage
{
    public string Name => "text";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Text];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Dateline, StoryLayers.Sentences, StoryLayers.Tokens];

    public Story Process(Story story) => TextAnalyzer.Analyze(story, options);
}
