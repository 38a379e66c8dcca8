using Dyad.Syntax.Clusters;
using Dyad.Syntax.Hashing;

namespace Dyad.Syntax.Tagging;

/// <summary>
/// The tagger's features for one word: its form and parts, its neighbours, and the two tags before it; in the
/// second pass also the first pass's tags for the two words after it. Word classes learnt from unlabelled text, at
/// every granularity for the word, the finest for its neighbours and coarse pairs around it, help most with words
/// rare in the treebanks.
/// </summary>
internal static class TaggerFeatures
{
    public const int Max = 64;

    private const ulong Boundary = 0x5EED_0000_0000_0001UL;

    public static int Extract(TokenHashes words, int i, int previous, int beforePrevious, Span<uint> features)
    {
        var n = words.Length;
        var lower = words.Lower;
        var before = i > 0 ? lower[i - 1] : Boundary;
        var before2 = i > 1 ? lower[i - 2] : Boundary;
        var after = i + 1 < n ? lower[i + 1] : Boundary;
        var after2 = i + 2 < n ? lower[i + 2] : Boundary;
        var t1 = (ulong)(previous + 1);
        var t2 = (ulong)(beforePrevious + 1);
        var k = 0;
        features[k++] = FeatureHash.Key(1, 0);
        features[k++] = FeatureHash.Key(2, lower[i]);
        features[k++] = FeatureHash.Key(3, words.Suffix1[i]);
        features[k++] = FeatureHash.Key(4, words.Suffix2[i]);
        features[k++] = FeatureHash.Key(5, words.Suffix3[i]);
        features[k++] = FeatureHash.Key(6, words.Suffix4[i]);
        features[k++] = FeatureHash.Key(7, words.Prefix1[i]);
        features[k++] = FeatureHash.Key(8, words.Prefix2[i]);
        features[k++] = FeatureHash.Key(9, words.Prefix3[i]);
        features[k++] = FeatureHash.Key(10, words.Shape[i]);
        features[k++] = FeatureHash.Key(11, before);
        features[k++] = FeatureHash.Key(12, after);
        features[k++] = FeatureHash.Key(13, before2);
        features[k++] = FeatureHash.Key(14, after2);
        features[k++] = FeatureHash.Key(15, i > 0 ? words.Suffix3[i - 1] : Boundary);
        features[k++] = FeatureHash.Key(16, i + 1 < n ? words.Suffix3[i + 1] : Boundary);
        features[k++] = FeatureHash.Key(17, t1);
        features[k++] = FeatureHash.Key(18, t2);
        features[k++] = FeatureHash.Key(19, t1, t2);
        features[k++] = FeatureHash.Key(20, t1, lower[i]);
        features[k++] = FeatureHash.Key(21, i > 0 ? words.Shape[i - 1] : Boundary);
        features[k++] = FeatureHash.Key(22, i + 1 < n ? words.Shape[i + 1] : Boundary);
        features[k++] = FeatureHash.Key(23, lower[i], after);
        features[k++] = FeatureHash.Key(24, before, lower[i]);
        features[k++] = FeatureHash.Key(25, i == 0 ? 1UL : 0UL, words.Shape[i]);
        features[k++] = FeatureHash.Key(26, t1, after);
        features[k++] = FeatureHash.Key(27, words.Exact[i]);
        features[k++] = FeatureHash.Key(28, t1, words.Suffix3[i]);
        features[k++] = FeatureHash.Key(29, before, after);
        features[k++] = FeatureHash.Key(30, i + 1 < n ? words.Suffix2[i + 1] : Boundary, lower[i]);
        features[k++] = FeatureHash.Key(38, words.Suffix5[i]);
        features[k++] = FeatureHash.Key(39, before, words.Suffix3[i]);
        features[k++] = FeatureHash.Key(40, t1, t2, lower[i]);

        return AddClassFeatures(words, i, features, k);
    }

    public static int ExtractSecondPass(TokenHashes words, int i, int previous, int beforePrevious, ReadOnlySpan<int> firstPass, Span<uint> features)
    {
        var k = Extract(words, i, previous, beforePrevious, features);
        var n = words.Length;
        var t1 = (ulong)(previous + 1);
        var next = i + 1 < n ? (ulong)(firstPass[i + 1] + 1) : 0UL;
        var afterNext = i + 2 < n ? (ulong)(firstPass[i + 2] + 1) : 0UL;
        features[k++] = FeatureHash.Key(31, next);
        features[k++] = FeatureHash.Key(32, afterNext);
        features[k++] = FeatureHash.Key(33, next, afterNext);
        features[k++] = FeatureHash.Key(34, t1, next);
        features[k++] = FeatureHash.Key(35, words.Lower[i], next);
        features[k++] = FeatureHash.Key(36, words.Suffix3[i], next);
        features[k++] = FeatureHash.Key(37, (ulong)(firstPass[i] + 1));
        features[k++] = FeatureHash.Key(41, i > 0 ? words.Lower[i - 1] : Boundary, next);
        features[k++] = FeatureHash.Key(42, i + 1 < n ? words.Lower[i + 1] : Boundary, next);
        features[k++] = FeatureHash.Key(43, t1, next, afterNext);
        return k;
    }

    /// <summary>
    /// The word-class features. A word without classes (seen fewer times than the clustering's threshold) adds none
    /// of its own, only its context's: a shared "no class" feature learns that rare training words are mostly nouns
    /// and names, which outweighed the context for rare verbs ("Ethiopia departs from Libya") in news. Sentence
    /// boundaries are a class of their own. Without a class table there are none, so such a tagger has exactly the
    /// features of one from before the classes.
    /// </summary>
    private static int AddClassFeatures(TokenHashes words, int i, Span<uint> features, int k)
    {
        if (!words.HasClasses)
        {
            return k;
        }

        var n = words.Length;
        var cluster = words.Cluster[i];
        var clusterBefore = i > 0 ? words.Cluster[i - 1] : Boundary;
        var clusterAfter = i + 1 < n ? words.Cluster[i + 1] : Boundary;
        if (cluster != 0)
        {
            features[k++] = FeatureHash.Key(44, ClusterLookup.UpTo(cluster, 1));
            features[k++] = FeatureHash.Key(45, ClusterLookup.UpTo(cluster, 2));
            features[k++] = FeatureHash.Key(46, ClusterLookup.UpTo(cluster, 3));
            features[k++] = FeatureHash.Key(47, cluster);
        }

        if (clusterBefore != 0)
        {
            features[k++] = FeatureHash.Key(48, clusterBefore);
        }

        if (clusterAfter != 0)
        {
            features[k++] = FeatureHash.Key(49, clusterAfter);
        }

        // Coarse classes of what follows and of the pair before: "the evil awful Gondor" is an adjective before an
        // adjective before a name, which neither neighbour alone shows.
        var clusterAfter2 = i + 2 < n ? words.Cluster[i + 2] : Boundary;
        features[k++] = FeatureHash.Key(50, ClusterLookup.UpTo(clusterAfter, 2), i + 2 < n ? words.Shape[i + 2] : Boundary);
        features[k++] = FeatureHash.Key(51, ClusterLookup.UpTo(clusterAfter, 2), ClusterLookup.UpTo(clusterAfter2, 2));
        features[k++] = FeatureHash.Key(52, ClusterLookup.UpTo(clusterBefore, 2), ClusterLookup.UpTo(cluster, 2));

        // A class holds words tagged alike in news, but its nouns and verbs still differ by their endings.
        features[k++] = FeatureHash.Key(57, ClusterLookup.UpTo(cluster, 3), words.Suffix3[i]);
        features[k++] = FeatureHash.Key(58, ClusterLookup.UpTo(clusterBefore, 3), words.Suffix3[i]);

        return k;
    }
}
