using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Syntax.Perceptron;

/// <summary>
/// The averaged weights of a linear model, immutable: for each hashed feature the classes it has a weight for.
/// Rows are sparse because a feature only ever gets weights for the few classes it was seen with.
/// </summary>
/// <remarks>
/// Scoring a parser state looks up about 90 features in tables far larger than the processor's caches, so one probe
/// finds a key together with its row, each weight of a sparse row sits beside its class, and every feature's slot and
/// row are requested from memory before the first is read, so that their cache misses overlap. The features with
/// weights for many classes are the frequent ones that nearly every scoring meets and most of the additions; their
/// rows are also kept dense, so adding one is a few vector additions instead of one scattered addition per class.
/// </remarks>
internal sealed class WeightTable : IFeatureScorer
{
    /// <summary>A row with weights for at least this share of the classes is kept dense.</summary>
    private const int DenseShare = 4;

    /// <summary>How many features one pass of <see cref="AddScores"/> looks up before it adds their rows.</summary>
    private const int Batch = 128;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
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
            if (classes[i] >= classCount)
            {
                throw new InvalidDataException($"a weight is for class {classes[i]} of a model with {classCount} classes");
            }

            _entries[i] = new Entry(weights[i], classes[i]);
        }

        var denseRows = 0;
        for (var feature = 0; feature < featureKeys.Length; feature++)
        {
            denseRows += IsDense(starts[feature + 1] - starts[feature]) ? 1 : 0;
        }

        _dense = new float[denseRows * classCount];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureKeys.Length * 2));
        _mask = size - 1;
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(0, Slot.Empty, 0));
        var denseStart = 0;
        for (var feature = 0; feature < featureKeys.Length; feature++)
        {
            var position = (int)(Spread(featureKeys[feature]) & (uint)_mask);
            while (_slots[position].Start != Slot.Empty)
            {
                position = (position + 1) & _mask;
            }

            var (start, end) = (starts[feature], starts[feature + 1]);
            if (IsDense(end - start))
            {
                for (var i = start; i < end; i++)
                {
                    _dense[denseStart + classes[i]] = weights[i];
                }

                _slots[position] = new Slot(featureKeys[feature], denseStart, Slot.DenseRow);
                denseStart += classCount;
            }
            else
            {
                _slots[position] = new Slot(featureKeys[feature], start, end - start);
            }
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _featureKeys.Length;

    public int WeightCount => _entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (which the caller clears).</summary>
    /// <remarks>
    /// Each class's score gets its features' weights in the order of <paramref name="features"/>, whether a row is
    /// dense or sparse, so the sums are exactly those of adding one weight at a time.
    /// </remarks>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<Slot> found = stackalloc Slot[Math.Min(Batch, features.Length)];
        for (var offset = 0; offset < features.Length; offset += Batch)
        {
            var batch = features.Slice(offset, Math.Min(Batch, features.Length - offset));
            foreach (var key in batch)
            {
                Prefetch(_slots, (int)(Spread(key) & (uint)_mask));
            }

            for (var f = 0; f < batch.Length; f++)
            {
                found[f] = Find(batch[f]);
                if (found[f].Length == Slot.DenseRow)
                {
                    Prefetch(_dense, found[f].Start);
                }
                else if (found[f].Length > 0)
                {
                    Prefetch(_entries, found[f].Start);
                }
            }

            for (var f = 0; f < batch.Length; f++)
            {
                Add(found[f], scores);
            }
        }
    }

    private Slot Find(uint key)
    {
        var slots = _slots;
        var mask = (uint)_mask;
        var position = Spread(key) & mask;
        var slot = slots[position];
        while (slot.Start != Slot.Empty && slot.Key != key)
        {
            position = (position + 1) & mask;
            slot = slots[position];
        }

        return slot;
    }

    private void Add(Slot slot, Span<float> scores)
    {
        if (slot.Length == Slot.DenseRow)
        {
            AddDense(_dense.AsSpan(slot.Start, ClassCount), scores[..ClassCount]);
            return;
        }

        var entries = _entries;
        for (var i = slot.Start; i < slot.Start + slot.Length; i++)
        {
            var entry = entries[i];
            scores[entry.Class] += entry.Weight;
        }
    }

    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        var width = Vector<float>.Count;
        var i = 0;
        for (; i <= scores.Length - width; i += width)
        {
            (new Vector<float>(scores[i..]) + new Vector<float>(row[i..])).CopyTo(scores[i..]);
        }

        for (; i < scores.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    private bool IsDense(int rowLength) => rowLength * DenseShare >= ClassCount;

    /// <summary>
    /// Asks the processor to start loading the cache line of <paramref name="array"/>[<paramref name="index"/>], so
    /// several features' misses overlap instead of each stalling the lookup in turn. A prefetch is only a hint: it
    /// never faults and changes no result, so the raw address of an array that the collector might move is harmless.
    /// </summary>
    private static unsafe void Prefetch<T>(T[] array, int index)
        where T : struct
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index)));
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

    /// <summary>
    /// A feature's place in the hash table: its key and where its row starts, among the entries for a sparse row of
    /// <see cref="Length"/> entries, among the dense weights for a dense row.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(uint Key, int Start, int Length)
    {
        public const int Empty = -1;

        public const int DenseRow = -1;
    }

    /// <summary>One class's weight in a feature's row; six bytes, as in the file.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Entry(float Weight, ushort Class);
}
