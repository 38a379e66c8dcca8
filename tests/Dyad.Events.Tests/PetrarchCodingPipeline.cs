using Dyad.Coding;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Knowledge.Petrarch;
using Dyad.Syntax;
using Dyad.Testing;

namespace Dyad.Events.Tests;

/// <summary>
/// The stages of <c>dyad code</c> with small PETRARCH-2 dictionaries written here (invented countries, a few agents,
/// verbs and discards) beside the bundled knowledge, as <c>--dictionaries petrarch:DIR</c> runs them, and the shipped
/// model, for the rules that PETRARCH knowledge brings into play.
/// </summary>
internal static class PetrarchCodingPipeline
{
    private const string Actors = """
        VALDORIA [VAL]
        +VALDORIAN
        KESTRIA [KES]
        +KESTRIAN
        +HALDIR

        ITHACA [ITH]

        """;

    private const string Agents = """
        SOLDIER [~MIL]
        GOVERNMENT [~GOV]
        MINISTER [~GOV]
        RELIEF_AGENCY [NGO~]

        """;

    private const string Verbs = """
        --- FIRE  [071]  ---
        FIRE
        - * ARTILLERY  [180]

        --- ACCUSE  [112]  ---
        ACCUSE

        --- CONDEMN  [111]  ---
        CONDEMN

        """;

    private const string Discards = """
        FOOTBALL
        +EARTHQUAKE_

        """;

    private static readonly Lazy<StoryPipeline> Pipeline = new(Build);

    /// <summary>Every coded (written) event of the text as <c>SOURCE&gt;TARGET:CODE</c> dyads.</summary>
    public static List<string> Dyads(string text) =>
        [.. Pipeline.Value.Run(new Story { Id = "test", Date = new DateOnly(2020, 1, 1), Text = text }).Events
            .Where(e => e.IsCoded).SelectMany(e => e.Sources.SelectMany(s => e.Targets.Select(t => $"{s.Code}>{t.Code}:{e.CameoCode}")))];

    private static StoryPipeline Build()
    {
        var petrarch = new PetrarchKnowledge(
            PetrarchActorReader.Parse(Actors, "test.actors.txt").Value,
            PetrarchAgentReader.Parse(Agents, "test.agents.txt").Value,
            [PetrarchVerbReader.Parse(Verbs, "test.verbs.txt").Value],
            PetrarchDiscardReader.Parse(Discards, "test.discards.txt").Value,
            [], [], []);
        var bundled = DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge"));
        var knowledge = new CodingKnowledge(ActorIndex.Compile(petrarch), bundled, petrarch, BundledCodes.Table);
        return StoryPipeline.Build(CodingStages.Build(knowledge, SyntaxModel.Load(SyntaxModelFiles.Installed)));
    }
}
