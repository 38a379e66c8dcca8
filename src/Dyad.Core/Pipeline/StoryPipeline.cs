using Dyad.Core.Stories;

namespace Dyad.Core.Pipeline;

/// <summary>Stages in a fixed order, checked when built so that each finds the layers it requires.</summary>
public sealed class StoryPipeline
{
    private readonly IReadOnlyList<IStoryStage> _stages;

    private StoryPipeline(IReadOnlyList<IStoryStage> stages) => _stages = stages;

    public IReadOnlyList<string> StageNames => [.. _stages.Select(s => s.Name)];

    /// <summary>Builds the pipeline, or throws <see cref="InvalidOperationException"/> naming the stage and the missing layer.</summary>
    public static StoryPipeline Build(IReadOnlyList<IStoryStage> stages)
    {
        var available = new HashSet<string>(StringComparer.Ordinal) { StoryLayers.Text };
        foreach (var stage in stages)
        {
            var missing = stage.Requires.FirstOrDefault(layer => !available.Contains(layer));
            if (missing is not null)
            {
                throw new InvalidOperationException(
                    $"stage '{stage.Name}' requires the layer '{missing}', which no earlier stage provides; put a stage that provides it first");
            }

            available.UnionWith(stage.Provides);
        }

        return new StoryPipeline([.. stages]);
    }

    public Story Run(Story story)
    {
        foreach (var stage in _stages)
        {
            story = stage.Process(story);
        }

        return story;
    }
}
