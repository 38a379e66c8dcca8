namespace Dyad.Knowledge.Diagnostics;

/// <summary>Collects the problems of one file; readers report through it so every message carries file and line.</summary>
internal sealed class DiagnosticSink(string file)
{
    private readonly List<KnowledgeDiagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<KnowledgeDiagnostic> Items => _items;

    public void Warning(int line, string message) => _items.Add(new KnowledgeDiagnostic(File, line, DiagnosticSeverity.Warning, message));

    public void Error(int line, string message) => _items.Add(new KnowledgeDiagnostic(File, line, DiagnosticSeverity.Error, message));
}
