using Dyad.Core.Pipeline;
using Dyad.Events.Coding;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Index;
using Dyad.Mentions.Agreements;
using Dyad.Mentions.Coreference;
using Dyad.Mentions.Places;
using Dyad.Mentions.Quotes;
using Dyad.Syntax;
using Dyad.Text;
using Dyad.Text.Dates;

namespace Dyad.Coding;

/// <summary>
/// The stages that turn a story's raw text into coded events, in their order: the one composition that
/// <c>dyad code</c>, the benchmark and the tests all run.
/// </summary>
public static class CodingStages
{
    /// <summary>
    /// Every stage, with <paramref name="knowledge"/> and the syntax model <paramref name="syntax"/>. Actors are found
    /// before the parse so that the tagger reads the words of a name as a name; the event stage comes last.
    /// </summary>
    public static IReadOnlyList<IStoryStage> Build(CodingKnowledge knowledge, SyntaxModel syntax) =>
    [
        new TextStage(TextOptions.Default),
        new DateStage(),
        new ActorStage(knowledge.Index),
        new SyntaxStage(syntax, ActorStage.IsName),
        new PlaceStage(PlaceIndex.Build(knowledge.Dyad.Places, knowledge.Dyad.Countries)),
        new QuoteStage(),
        new AgreementStage(new KnownAgreements(knowledge.Dyad.Agreements)),
        new CoreferenceStage(),
        new EventStage(Coder(knowledge)),
    ];

    /// <summary>
    /// The event coder for <paramref name="knowledge"/>: with PETRARCH-2 dictionaries their verb patterns under
    /// PETRARCH's conventions, otherwise Dyad's own patterns under CAMEO's.
    /// </summary>
    public static EventCoder Coder(CodingKnowledge knowledge) =>
        knowledge.Petrarch is { } petrarch
            ? new EventCoder(PetrarchPatternCompiler.Compile(petrarch.VerbSets), knowledge.Codes, CodingConventions.Petrarch(petrarch.Ontology, new DiscardList(petrarch.Discards)))
            : new EventCoder(DyadPatternCompiler.Compile(knowledge.Dyad.EventPatterns), knowledge.Codes, CodingConventions.Dyad);
}
