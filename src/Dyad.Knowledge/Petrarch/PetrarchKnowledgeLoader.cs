using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch.Verbs;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// Loads a folder of PETRARCH dictionaries, telling the kind of each file by its name as the PETRARCH and Phoenix
/// distributions name them: <c>*actors*</c>, <c>*agents*</c>, <c>*verbs*</c> or <c>CAMEO*</c>,
/// <c>*discard*</c>, <c>*issue*</c>, <c>*ontology*</c> (the internal coding ontology). Other files (licences, validation records, preposition lists) are listed as
/// ignored.
/// </summary>
public static class PetrarchKnowledgeLoader
{
    public static PetrarchKnowledge Load(string directory)
    {
        var diagnostics = new List<KnowledgeDiagnostic>();
        var actors = new List<PetrarchActorEntry>();
        var agents = new List<PetrarchAgentEntry>();
        var verbs = new List<PetrarchVerbSet>();
        var discards = new List<PetrarchDiscardEntry>();
        var issues = new List<PetrarchIssueEntry>();
        var ignored = new List<string>();
        PetrarchOntology? ontology = null;
        var files = Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file).ToUpperInvariant();
            if (!name.EndsWith(".TXT", StringComparison.Ordinal))
            {
                ignored.Add(file);
            }
            else if (name.Contains("ACTORS", StringComparison.Ordinal))
            {
                Add(PetrarchActorReader.Read(file), actors, diagnostics);
            }
            else if (name.Contains("AGENTS", StringComparison.Ordinal))
            {
                Add(PetrarchAgentReader.Read(file), agents, diagnostics);
            }
            else if (name.Contains("VERBS", StringComparison.Ordinal) || name.StartsWith("CAMEO", StringComparison.Ordinal))
            {
                var result = PetrarchVerbReader.Read(file);
                verbs.Add(result.Value);
                diagnostics.AddRange(result.Diagnostics);
            }
            else if (name.Contains("DISCARD", StringComparison.Ordinal))
            {
                Add(PetrarchDiscardReader.Read(file), discards, diagnostics);
            }
            else if (name.Contains("ISSUE", StringComparison.Ordinal))
            {
                Add(PetrarchIssueReader.Read(file), issues, diagnostics);
            }
            else if (name.Contains("ONTOLOGY", StringComparison.Ordinal))
            {
                var result = PetrarchOntologyReader.Read(file);
                ontology = result.Value;
                diagnostics.AddRange(result.Diagnostics);
            }
            else
            {
                ignored.Add(file);
            }
        }

        if (actors.Count == 0 && verbs.Count == 0)
        {
            diagnostics.Add(new KnowledgeDiagnostic(directory, 0, DiagnosticSeverity.Error,
                "no PETRARCH actor or verb dictionary here (files named *actors*.txt, *verbs*.txt or CAMEO*.txt); check the folder"));
        }

        return new PetrarchKnowledge(actors, agents, verbs, discards, issues, ignored, diagnostics) { Ontology = ontology };
    }

    private static void Add<T>(Sources.ReadResult<IReadOnlyList<T>> result, List<T> into, List<KnowledgeDiagnostic> diagnostics)
    {
        into.AddRange(result.Value);
        diagnostics.AddRange(result.Diagnostics);
    }
}
