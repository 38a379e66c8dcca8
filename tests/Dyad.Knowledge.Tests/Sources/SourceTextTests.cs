using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Tests.Sources;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("a\rb\r\n\nc", new[] { "a", "b", "", "c" })]
    [InlineData("\uFEFFa", new[] { "a" })]
    public void Split_MixedLineEnds_NumbersLinesFromOne(string text, string[] expected)
    {
        var lines = SourceText.Split(text);

        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
    }

    [Fact]
    public void ReadFile_Latin1Bytes_ReadsAsLatin1AndSaysSo()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x4A, 0x4F, 0x53, 0xC9, 0x0A]);

            var lines = SourceText.ReadFile(path, out var wasLatin1);

            Assert.True(wasLatin1);
            Assert.Equal("JOSÉ", Assert.Single(lines).Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
