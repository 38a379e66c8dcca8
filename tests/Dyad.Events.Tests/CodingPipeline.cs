using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Coding;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Index;
using Dyad.Mentions.Agreements;
using Dyad.Mentions.Coreference;
using Dyad.Mentions.Places;
using Dyad.Mentions.Quotes;
using Dyad.Syntax;
using Dyad.Testing;
using Dyad.Text;
using Dyad.Text.Dates;

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
        var annotate = StoryPipeline.Build(
        [
            new TextStage(TextOptions.Default),
            new DateStage(),
            new ActorStage(knowledge.Index),
            new SyntaxStage(SyntaxModel.Load(SyntaxModelFiles.Installed), ActorStage.IsName),
            new PlaceStage(PlaceIndex.Build(knowledge.Dyad!.Places, knowledge.Dyad.Countries)),
            new QuoteStage(),
            new AgreementStage(new KnownAgreements(knowledge.Dyad.Agreements)),
            new CoreferenceStage(),
        ]);
        return (annotate, new EventStage(new EventCoder(DyadPatternCompiler.Compile(knowledge.Dyad!.EventPatterns))));
    }
}
