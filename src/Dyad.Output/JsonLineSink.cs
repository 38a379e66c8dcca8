using System.Text.Json;

namespace Dyad.Output;

/// <summary>Writes records to a stream as JSON Lines: each record one compact object followed by a newline.</summary>
internal sealed class JsonLineSink(Stream output) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(output, JsonLines.Options);

    public void Write<TRecord>(TRecord record, Action<Utf8JsonWriter, TRecord> body)
    {
        _writer.WriteStartObject();
        body(_writer, record);
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        output.WriteByte((byte)'\n');
    }

    public void Dispose() => _writer.Dispose();
}
