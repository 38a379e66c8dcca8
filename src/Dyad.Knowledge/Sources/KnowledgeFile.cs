using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Sources;

/// <summary>Runs a reader over a file on disk or over text, with the file name used in messages.</summary>
internal static class KnowledgeFile
{
    public static ReadResult<T> Read<T>(string path, Func<IReadOnlyList<SourceLine>, DiagnosticSink, T> reader)
    {
        var sink = new DiagnosticSink(path);
        var lines = SourceText.ReadFile(path, out var wasLatin1);
        if (wasLatin1)
        {
            sink.Warning(0, "not UTF-8; read as Latin-1");
        }

        var value = reader(lines, sink);
        return new ReadResult<T>(value, sink.Items);
    }

    public static ReadResult<T> Parse<T>(string text, string fileName, Func<IReadOnlyList<SourceLine>, DiagnosticSink, T> reader)
    {
        var sink = new DiagnosticSink(fileName);
        var value = reader(SourceText.Split(text), sink);
        return new ReadResult<T>(value, sink.Items);
    }
}
