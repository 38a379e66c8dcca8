using System.Text;
using System.Text.Json;
using Dyad.Core.Errors;

namespace Dyad.Output.Tests;

public sealed class ErrorRecordWriterTests
{
    [Theory]
    [InlineData(12L, "r1", 12)]
    [InlineData(0L, null, null)]
    public void Write_Error_WritesPathLineRecordCodeAndMessage(long line, string? record, int? expectedLine)
    {
        using var buffer = new MemoryStream();
        using (var writer = new ErrorRecordWriter(buffer))
        {
            writer.Write(new RecordError("in/a.jsonl", line, record, ErrorCodes.InvalidJson, "not valid JSON"));
        }

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var root = json.RootElement;
        Assert.Equal("in/a.jsonl", root.GetProperty("path").GetString());
        Assert.Equal(expectedLine, root.GetProperty("line").ValueKind == JsonValueKind.Null ? null : root.GetProperty("line").GetInt32());
        Assert.Equal(record, root.GetProperty("record").GetString());
        Assert.Equal(ErrorCodes.InvalidJson, root.GetProperty("code").GetString());
        Assert.Equal("not valid JSON", root.GetProperty("message").GetString());
    }
}
