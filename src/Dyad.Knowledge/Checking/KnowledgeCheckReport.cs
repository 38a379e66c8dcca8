using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Checking;

/// <summary>What <c>dyad knowledge check</c> reports for a knowledge folder: entry counts and every problem found.</summary>
public sealed record KnowledgeCheckReport(int Actors, int Agents, int VerbPatterns, int Places, int Agreements, IReadOnlyList<KnowledgeDiagnostic> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
