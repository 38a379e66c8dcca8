using System.IO.Compression;
using System.Text;
using Dyad.Syntax.Clusters;

namespace Dyad.Syntax.Tests.Clusters;

public sealed class WordClustersTests
{
    [Fact]
    public void SaveThenLoad_Clusters_GivesSameWordsAndClasses()
    {
        var clusters = new WordClusters([2, 8], ["moscow", "said", "the"], [[1, 0, 1], [7, 3, 0]]);
        var path = Path.GetTempFileName();
        try
        {
            clusters.Save(path);
            var loaded = WordClusters.Load(path);

            Assert.Equal(clusters.ClassCounts, loaded.ClassCounts);
            Assert.Equal(Describe(clusters), Describe(loaded));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("classes\t2\nmoscow\t1\t0\n", 2)]
    [InlineData("classes\t2\nmoscow\t2\n", 2)]
    [InlineData("classes\t2\nmoscow\tone\n", 2)]
    [InlineData("moscow\t1\n", 1)]
    public void Load_MalformedLine_NamesFileAndLine(string text, int line)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var zip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                zip.Write(Encoding.UTF8.GetBytes(text));
            }

            var error = Assert.Throws<InvalidDataException>(() => WordClusters.Load(path));

            Assert.StartsWith($"{path}:{line}:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void New_ClassesMissingForAWord_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WordClusters([2], ["moscow", "said"], [[1]]));
    }

    private static string[] Describe(WordClusters clusters) =>
        [.. Enumerable.Range(0, clusters.WordCount).Select(i => $"{clusters.Word(i)} {clusters.Class(0, i)} {clusters.Class(1, i)}").Order(StringComparer.Ordinal)];
}
