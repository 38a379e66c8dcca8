using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Coding;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Index;
using Dyad.Syntax;
using Dyad.Testing;
using Dyad.Text;
using Dyad.Text.Dates;

namespace Dyad.Events.Tests;

/// <summary>The stages of <c>dyad code</c> with the bundled knowledge and the shipped model, built once for all tests.</summary>
internal static class CodingPipeline
{
    private static readonly Lazy<StoryPipeline> Pipeline = new(Build);

    public static Story Code(string text, string date) =>
        Pipeline.Value.Run(new Story { Id = "test", Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Text = text });

    /// <summary>Every coded (written) event of the text as <c>SOURCE&gt;TARGET:CODE</c> dyads.</summary>
    public static List<string> Dyads(string text, string date) =>
        [.. Code(text, date).Events.Where(e => e.IsCoded).SelectMany(e => e.Sources.SelectMany(s => e.Targets.Select(t => $"{s.Code}>{t.Code}:{e.CameoCode}")))];

    private static StoryPipeline Build()
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(Path.Combine(SharedData.RepositoryRoot, "knowledge"), null);
        Assert.True(knowledge is not null, string.Join('\n', errors));
        return StoryPipeline.Build(
        [
            new TextStage(TextOptions.Default),
            new DateStage(),
            new ActorStage(knowledge.Index),
            new SyntaxStage(SyntaxModel.Load(SyntaxModelFiles.Installed), ActorStage.IsName),
            new EventStage(new EventCoder(DyadPatternCompiler.Compile(knowledge.Dyad!.EventPatterns))),
        ]);
    }
}
