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

namespace Dyad.Cli.Commands;

/// <summary>The stages of <c>dyad code</c>, in order, with the knowledge the user chose.</summary>
internal static class CodingStages
{
    /// <summary>
    /// The stages for a run with <c>--dictionaries</c> <paramref name="dictionaries"/> (null: the bundled knowledge
    /// alone). Throws <see cref="KnowledgeUnusableException"/> when the knowledge has errors.
    /// </summary>
    public static IReadOnlyList<IStoryStage> Build(string? dictionaries)
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(BundledKnowledge.Folder, dictionaries);
        if (knowledge is null)
        {
            throw new KnowledgeUnusableException(dictionaries ?? BundledKnowledge.Folder, errors.Select(e => e.ToString()).ToList());
        }

        var (patterns, conventions) = knowledge.Petrarch is { } petrarch
            ? (PetrarchPatternCompiler.Compile(petrarch.VerbSets), CodingConventions.Petrarch(petrarch.Ontology, new DiscardList(petrarch.Discards)))
            : (DyadPatternCompiler.Compile(knowledge.Dyad.EventPatterns), CodingConventions.Dyad);
        return
        [
            new TextStage(TextOptions.Default),
            new DateStage(),
            new ActorStage(knowledge.Index),
            new SyntaxStage(LoadSyntaxModel(), ActorStage.IsName),
            new PlaceStage(PlaceIndex.Build(knowledge.Dyad.Places, knowledge.Dyad.Countries)),
            new QuoteStage(),
            new AgreementStage(new KnownAgreements(knowledge.Dyad.Agreements)),
            new CoreferenceStage(),
            new EventStage(new EventCoder(patterns, conventions)),
        ];
    }

    private static SyntaxModel LoadSyntaxModel()
    {
        try
        {
            return SyntaxModel.Load(SyntaxModelFiles.Installed);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new KnowledgeUnusableException($"the syntax model {SyntaxModelFiles.Installed} cannot be read", $"{e.Message}; rebuild with 'dotnet build' or retrain with 'dyad train syntax'");
        }
    }
}
