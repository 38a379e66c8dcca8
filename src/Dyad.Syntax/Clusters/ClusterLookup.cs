using Dyad.Syntax.Hashing;

namespace Dyad.Syntax.Clusters;

/// <summary>
/// The word classes as the tagger and parser use them: from the hash of a lower-cased word to its classes packed
/// in 16 bits each (class + 1, coarse in the low bits), 0 for a word without classes. Immutable.
/// </summary>
internal sealed class ClusterLookup
{
    public const int MaxLevels = 4;

    private readonly Dictionary<ulong, ulong> _packed;

    private ClusterLookup(Dictionary<ulong, ulong> packed) => _packed = packed;

    /// <summary>A lookup that knows no words, for models trained without clusters.</summary>
    public static ClusterLookup Empty { get; } = new([]);

    public int Count => _packed.Count;

    public static ClusterLookup From(WordClusters clusters)
    {
        if (clusters.ClassCounts.Count > MaxLevels || clusters.ClassCounts.Any(c => c >= ushort.MaxValue))
        {
            throw new ArgumentException($"at most {MaxLevels} clusterings of fewer than {ushort.MaxValue} classes fit", nameof(clusters));
        }

        var packed = new Dictionary<ulong, ulong>(clusters.WordCount);
        for (var word = 0; word < clusters.WordCount; word++)
        {
            var value = 0UL;
            for (var level = 0; level < clusters.ClassCounts.Count; level++)
            {
                value |= (ulong)(clusters.Class(level, word) + 1) << (16 * level);
            }

            packed[FeatureHash.Lower(clusters.Word(word))] = value;
        }

        return new ClusterLookup(packed);
    }

    /// <summary>The classes of the first <paramref name="levels"/> clusterings in <paramref name="packed"/>, still packed.</summary>
    public static ulong UpTo(ulong packed, int levels) => levels >= MaxLevels ? packed : packed & ((1UL << (16 * levels)) - 1);

    /// <summary>The packed classes of the word whose lower-cased hash is <paramref name="lower"/>, 0 if it has none.</summary>
    public ulong Find(ulong lower) => _packed.GetValueOrDefault(lower);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_packed.Count);
        foreach (var (key, value) in _packed.OrderBy(pair => pair.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static ClusterLookup Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var packed = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            packed.Add(reader.ReadUInt64(), reader.ReadUInt64());
        }

        return new ClusterLookup(packed);
    }
}
