using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>The pipeline stage that codes each story's events from its parse and actor mentions.</summary>
public sealed class EventStage(EventCoder coder) : IStoryStage
{
    public EventCoder Coder => coder;

    public string Name => "events";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Syntax, StoryLayers.Actors];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Events];

    public Story Process(Story story) => story with { Events = Coder.Code(story) };
}
