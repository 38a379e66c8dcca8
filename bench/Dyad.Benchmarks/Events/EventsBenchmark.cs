using System.Globalization;
using Dyad.Cli.Commands;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Input;

namespace Dyad.Benchmarks.Events;

/// <summary>
/// The whole coding path of <c>dyad code</c> from raw story text to events, with the very stages the command runs
/// (text, dates, tagging and parsing, actors, places, quotes, agreements, coreference, events), the bundled
/// knowledge and the shipped model, in sentences per second: on one thread, then
/// on every core with the product's ordered parallel map. Stories are read before timing starts.
/// </summary>
internal sealed class EventsBenchmark : IBenchmark
{
    private const int Stories = 500;

    public string Name => "events";

    public string Description => $"raw text to events, parsing included, on the first {Stories} stories: sentences/s on one core and on all cores";

    public int Run(BenchmarkOptions options, TextWriter output)
    {
        StoryPipeline pipeline;
        try
        {
            pipeline = StoryPipeline.Build(CodingStageLoader.Load(null));
        }
        catch (KnowledgeUnusableException e)
        {
            output.WriteLine($"events: {e.Message}: {e.Problems[0]}");
            return 1;
        }

        var stories = new StoryReader(ReaderOptions.Default, () => Stream.Null).Read([options.CorpusPath])
            .Where(r => r.Story is not null).Select(r => r.Story!).Take(Stories).ToList();

        long events = 0;
        var (oneCore, sentences) = Measurement.Median(options.Passes, () => Code(stories, pipeline, 1, coded => events = coded));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count} stories, {sentences:N0} sentences, {events:N0} coded events per pass"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one core: {sentences / oneCore:N0} sentences/s (median of {options.Passes} passes, {oneCore:F2} s)"));
        var cores = Environment.ProcessorCount;
        var (allCores, _) = Measurement.Median(options.Passes, () => Code(stories, pipeline, cores, _ => { }));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cores} cores: {sentences / allCores:N0} sentences/s (median of {options.Passes} passes, {allCores:F2} s)"));
        output.WriteLine(Measurement.PeakMemory());
        return 0;
    }

    private static long Code(List<Story> stories, StoryPipeline pipeline, int threads, Action<long> countEvents)
    {
        long sentences = 0;
        long coded = 0;
        foreach (var story in OrderedParallel.Map(stories, pipeline.Run, threads))
        {
            sentences += story.Sentences.Length;
            coded += story.Events.Count(e => e.IsCoded);
        }

        countEvents(coded);
        return sentences;
    }
}
