using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Index;

/// <summary>
/// Builds the actor index a run codes with: the bundled knowledge, plus a user's Dyad-format folder on top
/// (<c>DIR</c>), or a PETRARCH-2 dictionary folder instead of it (<c>petrarch:DIR</c>).
/// </summary>
public static class ActorIndexSource
{
    public const string PetrarchPrefix = "petrarch:";

    /// <summary>
    /// The index with the knowledge it was compiled from, or the errors that stop it from being built (file:line
    /// messages): the bundled Dyad folder (with a user's Dyad folder on top), which the other mention stages read
    /// (places, agreements), and the PETRARCH-2 folder the actors and verbs come from instead when the user gives one.
    /// </summary>
    public static (CodingKnowledge? Knowledge, IReadOnlyList<KnowledgeDiagnostic> Errors) LoadKnowledge(string bundledDirectory, string? dictionaries)
    {
        var userDirectory = dictionaries is not null && dictionaries.StartsWith(PetrarchPrefix, StringComparison.Ordinal)
            ? dictionaries[PetrarchPrefix.Length..]
            : dictionaries;
        foreach (var directory in new[] { bundledDirectory, userDirectory })
        {
            if (directory is not null && !Directory.Exists(directory))
            {
                return (null, [new KnowledgeDiagnostic(directory, 0, DiagnosticSeverity.Error, "no such knowledge folder; check the path")]);
            }
        }

        var knowledge = DyadKnowledgeLoader.Load(bundledDirectory);
        var codes = CodeTableLoader.Load(Path.Combine(bundledDirectory, CodeTableLoader.Folder));
        if (userDirectory != dictionaries)
        {
            var petrarch = PetrarchKnowledgeLoader.Load(userDirectory!);
            var petrarchErrors = Errors([.. petrarch.Diagnostics, .. knowledge.Diagnostics, .. codes.Diagnostics]);
            return petrarchErrors.Count > 0 ? (null, petrarchErrors) : (new CodingKnowledge(ActorIndex.Compile(petrarch), knowledge, petrarch, codes.Value), []);
        }

        if (userDirectory is not null)
        {
            knowledge = Overlay(knowledge, DyadKnowledgeLoader.Load(userDirectory));
        }

        var errors = Errors([.. knowledge.Diagnostics, .. codes.Diagnostics]);
        return errors.Count > 0 ? (null, errors) : (new CodingKnowledge(ActorIndex.Compile(knowledge), knowledge, null, codes.Value), []);
    }

    /// <summary>
    /// The user's entries added to the bundled ones. Codes are checked across both, so a user's people may hold
    /// roles in bundled countries; each folder's own file problems are kept.
    /// </summary>
    private static DyadKnowledge Overlay(DyadKnowledge bundled, DyadKnowledge user)
    {
        var combined = new DyadKnowledge(
            [.. bundled.Countries, .. user.Countries],
            [.. bundled.Organisations, .. user.Organisations],
            [.. bundled.People, .. user.People],
            [.. bundled.Agents, .. user.Agents],
            [.. bundled.EventPatterns, .. user.EventPatterns],
            [.. bundled.Places, .. user.Places],
            [.. bundled.Agreements, .. user.Agreements],
            []);
        return combined with { Diagnostics = [.. FileProblems(bundled), .. FileProblems(user), .. DyadKnowledgeLoader.CrossCheck(combined)] };
    }

    private static IEnumerable<KnowledgeDiagnostic> FileProblems(DyadKnowledge knowledge) =>
        knowledge.Diagnostics.Except(DyadKnowledgeLoader.CrossCheck(knowledge));

    private static List<KnowledgeDiagnostic> Errors(IEnumerable<KnowledgeDiagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
}
