namespace Dyad.Syntax.Perceptron;

/// <summary>
/// A multiclass perceptron being trained, with lazily averaged weights (each weight remembers when it last
/// changed). A feature's row holds only the classes it has been updated for; rows live in a few large pooled
/// arrays rather than millions of small ones, which keeps training out of the garbage collector's way.
/// <see cref="Compile"/> freezes the averages into a <see cref="WeightTable"/>.
/// </summary>
internal sealed class AveragedPerceptron : IFeatureScorer
{
    private readonly Dictionary<uint, int> _index = [];
    private int[] _rowStart = new int[1024];
    private int[] _rowCount = new int[1024];
    private int[] _rowCapacity = new int[1024];
    private ushort[] _classes = new ushort[1 << 16];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _used;
    private int _clock = 1;

    public AveragedPerceptron(int classCount) => ClassCount = classCount;

    public int ClassCount { get; }

    /// <summary>Marks the end of one training example; averages weigh each weight by how many examples it held for.</summary>
    public void Tick() => _clock++;

    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            if (!_index.TryGetValue(key, out var row))
            {
                continue;
            }

            var start = _rowStart[row];
            var end = start + _rowCount[row];
            for (var i = start; i < end; i++)
            {
                scores[_classes[i]] += _weights[i];
            }
        }
    }

    /// <summary>Moves the weights of <paramref name="features"/> towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        foreach (var key in features)
        {
            var row = RowOf(key);
            Add(row, truth, 1f);
            Add(row, guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of every feature for one class, as a global update does move by move.</summary>
    public void Adjust(ReadOnlySpan<uint> features, int label, float delta)
    {
        foreach (var key in features)
        {
            Add(RowOf(key), label, delta);
        }
    }

    public WeightTable Compile()
    {
        var keys = new List<uint>(_index.Count);
        var starts = new List<int>(_index.Count + 1) { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in _index)
        {
            var before = weights.Count;
            var start = _rowStart[row];
            for (var i = start; i < start + _rowCount[row]; i++)
            {
                var total = _totals[i] + ((double)(_clock - _stamps[i]) * _weights[i]);
                var average = (float)(total / _clock);
                if (Math.Abs(average) >= 1e-3f)
                {
                    classes.Add(_classes[i]);
                    weights.Add(average);
                }
            }

            if (weights.Count > before)
            {
                keys.Add(key);
                starts.Add(weights.Count);
            }
        }

        return new WeightTable(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private int RowOf(uint key)
    {
        if (!_index.TryGetValue(key, out var row))
        {
            row = _index.Count;
            _index.Add(key, row);
            if (row == _rowStart.Length)
            {
                Array.Resize(ref _rowStart, row * 2);
                Array.Resize(ref _rowCount, row * 2);
                Array.Resize(ref _rowCapacity, row * 2);
            }

            _rowStart[row] = Allocate(2);
            _rowCount[row] = 0;
            _rowCapacity[row] = 2;
        }

        return row;
    }

    private void Add(int row, int label, float delta)
    {
        var start = _rowStart[row];
        var count = _rowCount[row];
        var i = start;
        while (i < start + count && _classes[i] != label)
        {
            i++;
        }

        if (i == start + count)
        {
            if (count == _rowCapacity[row])
            {
                var moved = Allocate(count * 2);
                Array.Copy(_classes, start, _classes, moved, count);
                Array.Copy(_weights, start, _weights, moved, count);
                Array.Copy(_totals, start, _totals, moved, count);
                Array.Copy(_stamps, start, _stamps, moved, count);
                _rowStart[row] = start = moved;
                _rowCapacity[row] = count * 2;
                i = start + count;
            }

            _classes[i] = (ushort)label;
            _weights[i] = 0;
            _totals[i] = 0;
            _stamps[i] = _clock;
            _rowCount[row] = count + 1;
        }

        _totals[i] += (double)(_clock - _stamps[i]) * _weights[i];
        _stamps[i] = _clock;
        _weights[i] += delta;
    }

    /// <summary>Reserves <paramref name="size"/> consecutive entries; a row that outgrows its space moves and leaves a hole.</summary>
    private int Allocate(int size)
    {
        if (_used + size > _classes.Length)
        {
            var length = Math.Max(_used + size, _classes.Length * 2);
            Array.Resize(ref _classes, length);
            Array.Resize(ref _weights, length);
            Array.Resize(ref _totals, length);
            Array.Resize(ref _stamps, length);
        }

        var start = _used;
        _used += size;
        return start;
    }
}
