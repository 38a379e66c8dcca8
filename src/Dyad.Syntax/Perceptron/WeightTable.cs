using System.Numerics;
using System.Runtime.InteropServices;

namespace Dyad.Syntax.Perceptron;

/// <summary>
/// The averaged weights of a linear model, immutable: for each hashed feature the classes it has a weight for.
/// Rows are sparse because a feature only ever gets weights for the few classes it was seen with.
/// </summary>
/// <remarks>
/// Scoring is bound by cache misses, so one probe finds a key together with its row bounds, and each weight sits
/// beside its class.
/// </remarks>
internal sealed class WeightTable : IFeatureScorer
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly uint[] _featureKeys;
    private readonly int[] _starts;

    public WeightTable(int classCount, uint[] featureKeys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _featureKeys = featureKeys;
        _starts = starts;
        _entries = new Entry[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            _entries[i] = new Entry(weights[i], classes[i]);
        }

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureKeys.Length * 2));
        _mask = size - 1;
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, -1, -1));
        for (var feature = 0; feature < featureKeys.Length; feature++)
        {
            var position = (int)(Spread(featureKeys[feature]) & (uint)_mask);
            while (_slots[position].Start >= 0)
            {
                position = (position + 1) & _mask;
            }

            _slots[position] = new Slot(featureKeys[feature], starts[feature], starts[feature + 1]);
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _featureKeys.Length;

    public int WeightCount => _entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (which the caller clears).</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var slots = _slots;
        var entries = _entries;
        var mask = (uint)_mask;
        foreach (var key in features)
        {
            var position = Spread(key) & mask;
            var slot = slots[position];
            while (slot.Start >= 0 && slot.Key != key)
            {
                position = (position + 1) & mask;
                slot = slots[position];
            }

            for (var i = slot.Start; i < slot.End; i++)
            {
                var entry = entries[i];
                scores[entry.Class] += entry.Weight;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_featureKeys.Length);
        writer.Write(_entries.Length);
        writer.Write(MemoryMarshal.AsBytes(_featureKeys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_starts.AsSpan()));
        var classes = new ushort[_entries.Length];
        var halves = new Half[_entries.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            classes[i] = _entries[i].Class;
            halves[i] = (Half)_entries[i].Weight;
        }

        writer.Write(MemoryMarshal.AsBytes(classes.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static WeightTable Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var featureCount = reader.ReadInt32();
        var weightCount = reader.ReadInt32();
        var keys = new uint[featureCount];
        var starts = new int[featureCount + 1];
        var classes = new ushort[weightCount];
        var halves = new Half[weightCount];
        ReadExactly(reader, MemoryMarshal.AsBytes(keys.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(starts.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(classes.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[weightCount];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)halves[i];
        }

        return new WeightTable(classCount, keys, starts, classes, weights);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);

    private static uint Spread(uint key) => key * 0x9E3779B1u >> 7 ^ key;

    /// <summary>A feature's place in the hash table: its key and its row of entries; an empty slot has Start -1.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(uint Key, int Start, int End);

    /// <summary>One class's weight in a feature's row; six bytes, as in the file.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Entry(float Weight, ushort Class);
}
