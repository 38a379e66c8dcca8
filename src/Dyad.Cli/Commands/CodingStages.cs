using Dyad.Core.Pipeline;
using Dyad.Knowledge.Index;
using Dyad.Mentions.Agreements;
using Dyad.Mentions.Places;
using Dyad.Mentions.Quotes;
using Dyad.Syntax;
using Dyad.Text;

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
        var (index, knowledge, errors) = ActorIndexSource.LoadWithKnowledge(BundledKnowledge.Folder, dictionaries);
        if (index is null || knowledge is null)
        {
            throw new KnowledgeUnusableException(dictionaries ?? BundledKnowledge.Folder, errors.Select(e => e.ToString()).ToList());
        }

        return
        [
            new TextStage(TextOptions.Default), new SyntaxStage(SyntaxModel.Load(SyntaxModelFiles.Installed)), new ActorStage(index),
            new PlaceStage(PlaceIndex.Build(knowledge.Places, knowledge.Countries)),
            new QuoteStage(),
            new AgreementStage(new KnownAgreements(knowledge.Agreements)),
        ];
    }
}
