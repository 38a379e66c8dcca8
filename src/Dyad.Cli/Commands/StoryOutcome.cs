using Dyad.Core.Errors;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Input;

namespace Dyad.Cli.Commands;

/// <summary>What became of one input record: a coded story, or the error that stopped it. Safe to compute on any thread.</summary>
internal readonly record struct StoryOutcome(Story? Story, RecordError? Error)
{
    public static StoryOutcome Of(ReadResult result, StoryPipeline pipeline)
    {
        if (result.Error is { } readError)
        {
            return new StoryOutcome(null, readError);
        }

        var story = result.Story!;
        try
        {
            story = pipeline.Run(story);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failure(story, ErrorCodes.Failed, $"could not be processed ({e.GetType().Name}: {e.Message}); please report this record");
        }

        return story.EffectiveDate is null
            ? Failure(story, ErrorCodes.MissingDate, "story has no date; give it one in the input or pass --date YYYY-MM-DD")
            : new StoryOutcome(story, null);
    }

    private static StoryOutcome Failure(Story story, string code, string message) =>
        new(null, new RecordError(story.Origin.Path, story.Origin.Line, story.Id, code, message));
}
