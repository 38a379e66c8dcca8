using System.Numerics;
using System.Runtime.InteropServices;

namespace Dyad.Syntax.Perceptron;

/// <summary>
/// The averaged weights of a linear model, immutable: for each hashed feature the classes it has a weight for.
/// Rows are sparse because a feature only ever gets weights for the few classes it was seen with.
/// </summary>
internal sealed class WeightTable
{
    private readonly uint[] _keys;
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly uint[] _featureKeys;

    public WeightTable(int classCount, uint[] featureKeys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _featureKeys = featureKeys;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureKeys.Length * 2));
        _mask = size - 1;
        _keys = new uint[size];
        _slots = new int[size];
        Array.Fill(_slots, -1);
        for (var feature = 0; feature < featureKeys.Length; feature++)
        {
            var position = (int)(Spread(featureKeys[feature]) & (uint)_mask);
            while (_slots[position] >= 0)
            {
                position = (position + 1) & _mask;
            }

            _keys[position] = featureKeys[feature];
            _slots[position] = feature;
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _featureKeys.Length;

    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (which the caller clears).</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        var keys = _keys;
        var slots = _slots;
        var starts = _starts;
        var classes = _classes;
        var weights = _weights;
        foreach (var key in features)
        {
            var position = (int)(Spread(key) & (uint)_mask);
            int slot;
            while ((slot = slots[position]) >= 0 && keys[position] != key)
            {
                position = (position + 1) & _mask;
            }

            if (slot < 0)
            {
                continue;
            }

            var end = starts[slot + 1];
            for (var i = starts[slot]; i < end; i++)
            {
                scores[classes[i]] += weights[i];
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_featureKeys.Length);
        writer.Write(_weights.Length);
        writer.Write(MemoryMarshal.AsBytes(_featureKeys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_starts.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_classes.AsSpan()));
        var halves = new Half[_weights.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            halves[i] = (Half)_weights[i];
        }

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
}
