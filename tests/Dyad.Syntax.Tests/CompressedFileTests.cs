using System.IO.Compression;

namespace Dyad.Syntax.Tests;

public sealed class CompressedFileTests
{
    [Fact]
    public void Create_PathInAMissingFolder_CreatesTheFolderAndWritesGzip()
    {
        var folder = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        var path = Path.Combine(folder, "inner", "file.gz");
        try
        {
            using (var stream = CompressedFile.Create(path))
            {
                stream.Write("model"u8);
            }

            using var zip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(zip);
            Assert.Equal("model", reader.ReadToEnd());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
