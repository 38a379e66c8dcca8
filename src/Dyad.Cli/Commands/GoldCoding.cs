using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Evaluation;
using Dyad.Input;

namespace Dyad.Cli.Commands;

/// <summary>
/// Codes gold records as <c>dyad code</c> would: each text as a story of its own, or, for sentences taken from a
/// corpus, the whole corpus story read with <see cref="StoryReader"/>, keeping the events triggered in the sentence.
/// A record that cannot be coded or found is reported and scored as emitting nothing.
/// </summary>
internal static class GoldCoding
{
    public static List<CodedItem> CodeTexts(GoldSet gold, StoryPipeline pipeline, Action<string> report)
    {
        var coded = new List<CodedItem>(gold.Items.Length);
        foreach (var (item, story, problem) in OrderedParallel.Map(gold.Items, item => Code(item, pipeline), Environment.ProcessorCount))
        {
            if (problem is not null)
            {
                report(problem);
            }

            coded.Add(new CodedItem(item, story?.Events ?? []));
        }

        return coded;
    }

    public static List<CodedItem> CodeSentences(GoldSet gold, string corpus, StoryPipeline pipeline, CliContext context, Action<string> report)
    {
        var wanted = gold.Items.Select(i => i.StoryId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var stories = new Dictionary<string, Story>(StringComparer.Ordinal);
        var read = new StoryReader(ReaderOptions.Default, context.OpenStandardInput).ReadFile(corpus)
            .Where(r => r.Error is not null || wanted.Contains(r.Story!.Id));
        foreach (var outcome in OrderedParallel.Map(read, r => StoryOutcome.Of(r, pipeline), Environment.ProcessorCount))
        {
            if (outcome.Error is { } error)
            {
                report(error.ToString());
            }
            else
            {
                stories[outcome.Story!.Id] = outcome.Story;
            }
        }

        var coded = new List<CodedItem>(gold.Items.Length);
        foreach (var item in gold.Items)
        {
            ImmutableArray<CodedEvent>? events = null;
            if (item.StoryId is null || !stories.TryGetValue(item.StoryId, out var story))
            {
                report($"{item.Path}:{item.Line}: record {item.Id}: story {item.StoryId} is not in {corpus}; scored as coding nothing");
            }
            else if ((events = GoldSentenceLocator.EventsIn(story, item.Text)) is null)
            {
                report($"{item.Path}:{item.Line}: record {item.Id}: the sentence is not in the text of story {item.StoryId}; scored as coding nothing");
            }

            coded.Add(new CodedItem(item, events ?? []));
        }

        return coded;
    }

    private static (GoldItem Item, Story? Story, string? Problem) Code(GoldItem item, StoryPipeline pipeline)
    {
        var story = new Story { Id = item.Id, Date = item.Date, Text = item.Text, Origin = new RecordOrigin(item.Path, item.Line) };
        try
        {
            return (item, pipeline.Run(story), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (item, null, $"{item.Path}:{item.Line}: record {item.Id} could not be coded ({e.GetType().Name}: {e.Message}); scored as coding nothing, please report it");
        }
    }
}
