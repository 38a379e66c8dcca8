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
    public int VerbPatternCount => VerbSets.Sum(v => v.Patterns.Count);
}
