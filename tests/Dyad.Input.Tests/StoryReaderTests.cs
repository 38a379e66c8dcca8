using System.IO.Compression;
using System.Text;
using Dyad.Core.Errors;
using Dyad.Testing;

namespace Dyad.Input.Tests;

public sealed class StoryReaderTests
{
    private const string Wire = "date 2023-05-08 MOSCOW, May 8. /TASS/. Text.\n";

    [Fact]
    public void Read_Directory_WalksRecursivelyInOrderAndSkipsOtherExtensions()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("b/story.txt", Wire);
        directory.Write("a.wire", Wire);
        directory.Write("notes.md", "# not a story");
        directory.Write("c.jsonl", """{"id": "j", "date": "2020-01-01", "text": "x"}""");

        var ids = Read(directory.Path).Select(r => r.Story!.Id).ToList();

        Assert.Equal(["a", "story", "j"], ids);
    }

    [Fact]
    public void Read_GzipFile_IsDecompressedAndFormatTakenFromInnerName()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("corpus.jsonl.gz", Gzip("""{"id": "g", "date": "2020-01-01", "text": "x"}"""));

        var story = Assert.Single(Read(path)).Story!;

        Assert.Equal("g", story.Id);
    }

    [Fact]
    public void Read_CorruptGzip_EndsWithOneErrorForTheFile()
    {
        using var directory = new TemporaryDirectory();
        var bytes = Gzip(string.Concat(Enumerable.Range(0, 2000).Select(i => $"date 2023-05-08 Story {i * 7919 % 1000}.\n")));
        Array.Fill(bytes, (byte)0xFF, bytes.Length / 3, 64);
        var path = directory.Write("corrupt.txt.gz", bytes);

        var results = Read(path);

        Assert.Equal(ErrorCodes.Unreadable, results[^1].Error!.Code);
    }

    [Fact]
    public void Read_StandardInput_ReadsTheGivenStream()
    {
        var reader = new StoryReader(ReaderOptions.Default, () => new MemoryStream(Encoding.UTF8.GetBytes(Wire)));

        var story = Assert.Single(reader.Read(["-"])).Story!;

        Assert.Equal("stdin", story.Id);
        Assert.Equal("-", story.Origin.Path);
    }

    [Theory]
    [InlineData(new byte[0], ErrorCodes.Empty)]
    [InlineData(new byte[] { (byte)' ', (byte)'\n', (byte)'\n' }, ErrorCodes.Empty)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'h', 0 }, ErrorCodes.NotUtf8)]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 0 }, ErrorCodes.Binary)]
    public void Read_BadFile_IsOneErrorNamingTheFile(byte[] bytes, string code)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("bad.txt", bytes);

        var error = Assert.Single(Read(path)).Error!;

        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Read_MissingPath_IsAnErrorAndLaterPathsAreStillRead()
    {
        using var directory = new TemporaryDirectory();
        var good = directory.Write("good.txt", Wire);

        var results = new StoryReader(ReaderOptions.Default, () => Stream.Null)
            .Read([Path.Combine(directory.Path, "missing.txt"), good]).ToList();

        Assert.Equal(ErrorCodes.Unreadable, results[0].Error!.Code);
        Assert.Equal("good", results[1].Story!.Id);
    }

    [Fact]
    public void Read_FiftyMegabyteLine_IsReportedAndTheNextRecordRead()
    {
        using var directory = new TemporaryDirectory();
        var huge = new StringBuilder("{\"id\": \"huge\", \"date\": \"2020-01-01\", \"text\": \"");
        huge.Append('x', 50 * 1024 * 1024).Append("\"}\n");
        huge.Append("""{"id": "after", "date": "2020-01-01", "text": "x"}""");
        var path = directory.Write("big.jsonl", huge.ToString());

        var results = Read(path);

        Assert.Equal(ErrorCodes.TooLarge, results[0].Error!.Code);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("after", results[1].Story!.Id);
    }

    [SharedFact("corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl")]
    public void Read_KremlinCorpus_ReadsEveryItemAsIs()
    {
        var results = Read(SharedData.PathOf("corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl"));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(2094, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Story!.Date));
    }

    private static List<ReadResult> Read(string path) => [.. new StoryReader(ReaderOptions.Default, () => Stream.Null).Read([path])];

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
