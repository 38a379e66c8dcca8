using Dyad.Syntax.Clusters;
using Dyad.Syntax.Hashing;

namespace Dyad.Syntax.Tests.Clusters;

public sealed class ClusterLookupTests
{
    private static readonly WordClusters Clusters = new([4, 64], ["moscow", "said"], [[3, 0], [63, 5]]);

    [Theory]
    [InlineData("moscow", 4UL | (64UL << 16))]
    [InlineData("Moscow", 4UL | (64UL << 16))]
    [InlineData("said", 1UL | (6UL << 16))]
    [InlineData("kremlin", 0UL)]
    public void Find_Word_GivesItsClassesPlusOneCoarseFirstOrZero(string word, ulong expected)
    {
        var lookup = ClusterLookup.From(Clusters);

        Assert.Equal(expected, lookup.Find(FeatureHash.Lower(word)));
    }

    [Theory]
    [InlineData(1, 0x4UL)]
    [InlineData(2, 0x0040_0004UL)]
    [InlineData(4, 0x0040_0004UL)]
    public void UpTo_Levels_KeepsTheCoarsestClassesOnly(int levels, ulong expected)
    {
        var packed = ClusterLookup.From(Clusters).Find(FeatureHash.Lower("moscow"));

        Assert.Equal(expected, ClusterLookup.UpTo(packed, levels));
    }

    [Fact]
    public void WriteThenRead_Lookup_FindsTheSameClasses()
    {
        var lookup = ClusterLookup.From(Clusters);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lookup.Write(writer);
        }

        stream.Position = 0;
        var read = ClusterLookup.Read(new BinaryReader(stream));

        Assert.Equal(lookup.Count, read.Count);
        Assert.Equal(lookup.Find(FeatureHash.Lower("said")), read.Find(FeatureHash.Lower("said")));
    }

    [Fact]
    public void From_TooManyClusterings_Throws()
    {
        var clusters = new WordClusters([2, 4, 8, 16, 32], ["a"], [[0], [0], [0], [0], [0]]);

        Assert.Throws<ArgumentException>(() => ClusterLookup.From(clusters));
    }
}
