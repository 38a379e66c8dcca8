namespace Dyad.Knowledge.Diagnostics;

/// <summary>One problem found while reading a knowledge file, at a 1-based line (0 for the whole file).</summary>
public sealed record KnowledgeDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {severity}: {Message}";
    }
}
