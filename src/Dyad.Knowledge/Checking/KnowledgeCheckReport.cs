using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Checking;

/// <summary>What <c>dyad knowledge check</c> reports for a knowledge folder: entry counts and every problem found.</summary>
public sealed record KnowledgeCheckReport(int Actors, int Agents, int VerbPatterns, int Places, int Agreements, IReadOnlyList<KnowledgeDiagnostic> Diagnostics)
{
    /// <summary>The CAMEO event codes of the folder's <c>codes/</c> table (0 when it has none).</summary>
    public int EventCodes { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
