using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch.Verbs;

namespace Dyad.Knowledge.Petrarch;

/// <summary>Every PETRARCH dictionary of a folder, read, with the problems found in them.</summary>
public sealed record PetrarchKnowledge(
    IReadOnlyList<PetrarchActorEntry> Actors,
    IReadOnlyList<PetrarchAgentEntry> Agents,
    IReadOnlyList<PetrarchVerbSet> VerbSets,
    IReadOnlyList<PetrarchDiscardEntry> Discards,
    IReadOnlyList<PetrarchIssueEntry> Issues,
    IReadOnlyList<string> IgnoredFiles,
    IReadOnlyList<KnowledgeDiagnostic> Diagnostics)
{
    /// <summary>The internal coding ontology, when the folder has one; PETRARCH-2 negates codes through it.</summary>
    public PetrarchOntology? Ontology { get; init; }

    public int VerbPatternCount => VerbSets.Sum(v => v.Patterns.Count);
}
