using System.Text.Json;
using Dyad.Core.Errors;

namespace Dyad.Output;

/// <summary>Writes one JSON line per record error: path, line (null when unknown), record id, code, message.</summary>
public sealed class ErrorRecordWriter(Stream output) : IDisposable
{
    private readonly JsonLineSink _sink = new(output);

    public void Write(RecordError error) => _sink.Write(error, WriteFields);

    public void Dispose() => _sink.Dispose();

    private static void WriteFields(Utf8JsonWriter writer, RecordError error)
    {
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
    }
}
