using System.IO.Compression;

namespace Dyad.Syntax;

/// <summary>Writes the gzipped files the syntax models are kept in, creating their folder first.</summary>
internal static class CompressedFile
{
    /// <summary>A stream that compresses into a new file at <paramref name="path"/>; disposing it closes the file.</summary>
    public static Stream Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
    }
}
