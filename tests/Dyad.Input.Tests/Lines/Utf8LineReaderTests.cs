using System.Text;
using Dyad.Input.Lines;

namespace Dyad.Input.Tests.Lines;

public sealed class Utf8LineReaderTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("\nx", new[] { "", "x" })]
    [InlineData("", new string[0])]
    [InlineData("Kremlin’s\n", new[] { "Kremlin’s" })]
    public void TryRead_Utf8Text_GivesLinesWithoutBreaks(string text, string[] expected)
    {
        var lines = ReadAll(Encoding.UTF8.GetBytes(text), 100);

        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(n => (long)n), lines.Select(l => l.Number));
    }

    [Fact]
    public void TryRead_ByteOrderMark_IsSkipped()
    {
        var lines = ReadAll([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], 100);

        Assert.Equal("hi", Assert.Single(lines).Text);
    }

    [Fact]
    public void TryRead_LineOverLimit_IsReportedAndNextLineStillRead()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 300_000) + "\nnext\n");

        var lines = ReadAll(bytes, 1000);

        Assert.Equal(LineProblem.TooLong, lines[0].Problem);
        Assert.Equal(300_000, lines[0].ByteLength);
        Assert.Null(lines[0].Text);
        Assert.Equal("next", lines[1].Text);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0xE9, (byte)'b' }, LineProblem.NotUtf8)]
    [InlineData(new byte[] { (byte)'a', 0x00, (byte)'b' }, LineProblem.Binary)]
    public void TryRead_BadBytes_AreReported(byte[] bytes, LineProblem expected)
    {
        var line = Assert.Single(ReadAll(bytes, 100));

        Assert.Equal(expected, line.Problem);
        Assert.Null(line.Text);
    }

    [Fact]
    public void StartsWithUtf16Mark_Utf16File_IsTrue()
    {
        var reader = new Utf8LineReader(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("hi")).ToArray()), 100);

        reader.TryRead(out _);

        Assert.True(reader.StartsWithUtf16Mark);
    }

    private static List<RawLine> ReadAll(byte[] bytes, int limit)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes), limit);
        var lines = new List<RawLine>();
        while (reader.TryRead(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }
}
