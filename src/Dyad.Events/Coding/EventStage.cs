using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>The pipeline stage that codes each story's events from its parse and actor mentions, one record per real event.</summary>
public sealed class EventStage(EventCoder coder) : IStoryStage
{
    public EventCoder Coder => coder;

    public string Name => "events";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Syntax, StoryLayers.Actors, StoryLayers.Dates];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Events];

    public Story Process(Story story) => story with { Events = EventMerger.Merge(Coder.Code(story)) };
}
