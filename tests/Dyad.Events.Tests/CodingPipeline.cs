using Dyad.Coding;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Coding;
using Dyad.Knowledge.Index;
using Dyad.Syntax;
using Dyad.Testing;

namespace Dyad.Events.Tests;

/// <summary>
/// The stages of <c>dyad code</c>, in its order, with the bundled knowledge and the shipped model, built once for all tests; the
/// event stage may be swapped for one with other patterns.
/// </summary>
internal static class CodingPipeline
{
    private static readonly Lazy<(StoryPipeline Annotate, EventStage Events)> Pipeline = new(Build);

    public static Story Code(string text, string date) => Code(text, date, Pipeline.Value.Events);

    /// <summary>Runs the stages before the events on <paramref name="text"/>, then <paramref name="events"/>.</summary>
    public static Story Code(string text, string date, EventStage events) => events.Process(Annotate(text, date));

    /// <summary>Codes the events of a story the other stages annotated (and a test may have changed).</summary>
    public static Story Code(Story annotated) => Pipeline.Value.Events.Process(annotated);

    /// <summary>The story with tokens, parse and actor mentions, before its events are coded.</summary>
    public static Story Annotate(string text, string date) =>
        Pipeline.Value.Annotate.Run(new Story { Id = "test", Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Text = text });

    /// <summary>Every coded (written) event of the text as <c>SOURCE&gt;TARGET:CODE</c> dyads.</summary>
    public static List<string> Dyads(string text, string date) => Dyads(Code(text, date));

    public static List<string> Dyads(Story story) =>
        [.. story.Events.Where(e => e.IsCoded).SelectMany(e => e.Sources.SelectMany(s => e.Targets.Select(t => $"{s.Code}>{t.Code}:{e.CameoCode}")))];

    private static (StoryPipeline, EventStage) Build()
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(Path.Combine(SharedData.RepositoryRoot, "knowledge"), null);
        Assert.True(knowledge is not null, string.Join('\n', errors));
        var stages = CodingStages.Build(knowledge, SyntaxModel.Load(SyntaxModelFiles.Installed));
        return (StoryPipeline.Build([.. stages.Where(s => s is not EventStage)]), stages.OfType<EventStage>().Single());
    }
}
