using Dyad.Syntax.Clusters;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax.Tests.Tagging;

public sealed class TaggerFeaturesTests
{
    private static readonly WordClusters Clusters = new([4, 64], ["ethiopia", "from", "libya"], [[1, 2, 1], [10, 20, 10]]);

    private static uint[] Features(string[] words, ClusterLookup clusters, int i)
    {
        var hashes = new TokenHashes();
        hashes.Fill(words, clusters);
        var features = new uint[TaggerFeatures.Max];
        var count = TaggerFeatures.Extract(hashes, i, previous: 3, beforePrevious: 2, features);
        return features[..count];
    }

    [Fact]
    public void Extract_NoClassTable_GivesTheFeaturesOfATaggerWithoutClasses()
    {
        string[] words = ["Ethiopia", "departs", "from", "Libya"];

        var without = Features(words, ClusterLookup.Empty, 1);
        var with = Features(words, ClusterLookup.From(Clusters), 1);

        Assert.Subset(with.ToHashSet(), without.ToHashSet());
        Assert.True(with.Length > without.Length);
    }

    [Fact]
    public void Extract_WordWithoutAClass_AddsFeaturesOfItsNeighboursOnly()
    {
        var lookup = ClusterLookup.From(Clusters);

        var unknown = Features(["Ethiopia", "departs", "from", "Libya"], lookup, 1);
        var known = Features(["Ethiopia", "libya", "from", "Libya"], lookup, 1);
        var none = Features(["Ethiopia", "departs", "from", "Libya"], ClusterLookup.Empty, 1);

        // The classes of the word before and the word after, the three pairs around the word and the two with its ending.
        Assert.Equal(none.Length + 7, unknown.Length);
        Assert.True(known.Length > unknown.Length);
    }

    [Fact]
    public void Extract_ClassOfTheWordTwoAhead_ChangesTheFeatures()
    {
        string[] words = ["Ethiopia", "departs", "from", "Libya"];
        var otherLibya = new WordClusters([4, 64], ["ethiopia", "from", "libya"], [[1, 2, 3], [10, 20, 30]]);

        var with = Features(words, ClusterLookup.From(Clusters), 1);
        var withOther = Features(words, ClusterLookup.From(otherLibya), 1);

        Assert.NotEqual(with, withOther);
    }
}
