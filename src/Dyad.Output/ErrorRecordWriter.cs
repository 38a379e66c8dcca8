using System.Text.Json;
using Dyad.Core.Errors;

namespace Dyad.Output;

/// <summary>Writes one JSON line per record error: path, line (null when unknown), record id, code, message.</summary>
public sealed class ErrorRecordWriter(Stream output) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(output, JsonLines.Options);

    public void Write(RecordError error)
    {
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString("path", error.Path);
        if (error.Line > 0)
        {
            writer.WriteNumber("line", error.Line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteString("record", error.RecordId);
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        output.WriteByte((byte)'\n');
    }

    public void Dispose() => _writer.Dispose();
}
