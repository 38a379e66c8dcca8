using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Text.Dates;

/// <summary>The pipeline stage that finds the date expressions of each sentence, resolved against the story date.</summary>
public sealed class DateStage : IStoryStage
{
    public string Name => "dates";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Dates];

    public Story Process(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.EffectiveDate is not { } date)
        {
            return story;
        }

        var dates = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var sentence in story.Sentences)
        {
            dates.AddRange(DateExpressionFinder.Find(story.Text, sentence.Start, sentence.End, date));
        }

        return story with { Dates = dates.DrainToImmutable() };
    }
}
