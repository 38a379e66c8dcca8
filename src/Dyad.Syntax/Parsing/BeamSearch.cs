using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Parsing;

/// <summary>
/// Beam search over arc-eager moves: the <see cref="Width"/> best move sequences so far, each scored by the sum of its
/// moves' scores, are expanded by every valid move and the best of all expansions kept. Finished sequences stay in
/// the beam unchanged, so sequences of different lengths compete. Every step is remembered as (previous step, move),
/// which lets training replay the sequence behind any item. States are pooled and copied only when two items branch
/// from one, so a warm search does not allocate. With width 1 it makes the greedy parser's choices (ties go to the
/// earlier item and the lower move).
/// </summary>
internal sealed class BeamSearch
{
    private const int NoMove = -1;

    private ParserState[] _states = [];
    private ParserState[] _next = [];
    private double[] _totals = [];
    private double[] _nextTotals = [];
    private int[] _steps = [];
    private int[] _nextSteps = [];
    private int[] _chosenItem = [];
    private int[] _children = [];
    private int[] _chosenMove = [];
    private double[] _chosenTotal = [];
    private uint[] _features = [];
    private int[] _featureCounts = [];
    private int[] _source = [];
    private int[] _shared = [];
    private float[] _itemScores = [];
    private int[] _historyPrevious = new int[1024];
    private int[] _historyMove = new int[1024];
    private int _historyCount;
    private int _chosenCount;

    public int Width { get; private set; }

    public int Count { get; private set; }

    /// <summary>The best item; after <see cref="Advance{TScorer}"/> the items are in order of score, best first.</summary>
    public ParserState Best => _states[0];

    public double BestTotal => _totals[0];

    /// <summary>The history entry of the best item's last move, for <see cref="MovesUpTo"/>; -1 before the first move.</summary>
    public int BestStep => _steps[0];

    public bool IsTerminal
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (!_states[i].IsTerminal)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public void Start(int width, ReadOnlySpan<int> tags, bool[] punctuationTags, int moveCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Reserve(width, moveCount);
        Width = width;
        _states[0].Start(tags, punctuationTags);
        _totals[0] = 0;
        _steps[0] = -1;
        _historyCount = 0;
        Count = 1;
    }

    public void Advance<TScorer>(TScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Moves moves, int rootRelation)
        where TScorer : IFeatureScorer
    {
        _chosenCount = 0;
        var classes = moves.Count;
        Score(scorer, words, tags, classes);
        for (var i = 0; i < Count; i++)
        {
            var state = _states[i];
            if (state.IsTerminal)
            {
                Offer(i, NoMove, _totals[i]);
                continue;
            }

            var scores = _itemScores.AsSpan(i * classes, classes);
            for (var move = 0; move < scores.Length; move++)
            {
                if (state.IsValid(move, moves, rootRelation))
                {
                    Offer(i, move, _totals[i] + scores[move]);
                }
            }
        }

        Array.Clear(_children, 0, Count);
        for (var j = 0; j < _chosenCount; j++)
        {
            _children[_chosenItem[j]]++;
        }

        for (var j = 0; j < _chosenCount; j++)
        {
            var parent = _chosenItem[j];
            var move = _chosenMove[j];
            if (_children[parent] == 1)
            {
                // Nothing else branches from the parent, so its state moves over instead of being copied.
                (_next[j], _states[parent]) = (_states[parent], _next[j]);
            }
            else
            {
                _next[j].CopyFrom(_states[parent]);
            }

            if (move != NoMove)
            {
                _next[j].Apply(move, moves);
            }

            _nextTotals[j] = _chosenTotal[j];
            _nextSteps[j] = Record(_steps[parent], move);
        }

        (_states, _next) = (_next, _states);
        (_totals, _nextTotals) = (_nextTotals, _totals);
        (_steps, _nextSteps) = (_nextSteps, _steps);
        Count = _chosenCount;
    }

    /// <summary>
    /// Scores every unfinished item's moves. Items that branched from one parent by moves of different labels share
    /// their first features (those that do not see the new arc's label), so an item whose features begin like an
    /// earlier item's takes that item's partial sums at the point where they part and adds only the rest. Every score
    /// still adds the same weights in the same order as scoring the item alone, so the sums are exactly equal.
    /// </summary>
    private void Score<TScorer>(TScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, int classes)
        where TScorer : IFeatureScorer
    {
        // Each item takes from the earliest item with which it shares the longest prefix. Then an item always shares
        // more with its source than the source shares with its own (else it would share as much with that earlier
        // one), so the source passes the point where the item parts while adding its own features.
        const int Stride = ParserFeatures.Max;
        for (var i = 0; i < Count; i++)
        {
            _featureCounts[i] = _states[i].IsTerminal ? -1 : ParserFeatures.Extract(_states[i], words, tags, _features.AsSpan(i * Stride, Stride));
            _source[i] = -1;
            _shared[i] = 0;
            for (var j = 0; j < i && _featureCounts[i] >= 0; j++)
            {
                if (_featureCounts[j] < 0)
                {
                    continue;
                }

                var shared = FeaturesOf(i).CommonPrefixLength(FeaturesOf(j));
                if (shared > _shared[i])
                {
                    _source[i] = j;
                    _shared[i] = shared;
                }
            }
        }

        for (var j = 0; j < Count; j++)
        {
            if (_featureCounts[j] < 0)
            {
                continue;
            }

            var scores = _itemScores.AsSpan(j * classes, classes);
            if (_source[j] < 0)
            {
                scores.Clear();
            }

            var done = _shared[j];
            for (var next = NextTaker(j, done); next >= 0; next = NextTaker(j, done))
            {
                scorer.AddScores(FeaturesOf(j)[done.._shared[next]], scores);
                done = _shared[next];
                for (var k = next; k < Count; k++)
                {
                    if (_source[k] == j && _shared[k] == done)
                    {
                        scores.CopyTo(_itemScores.AsSpan(k * classes, classes));
                    }
                }
            }

            scorer.AddScores(FeaturesOf(j)[done..], scores);
        }
    }

    private ReadOnlySpan<uint> FeaturesOf(int item) => _features.AsSpan(item * ParserFeatures.Max, _featureCounts[item]);

    /// <summary>The item that takes the partial sums of <paramref name="source"/> soonest after <paramref name="done"/> features, or -1.</summary>
    private int NextTaker(int source, int done)
    {
        var best = -1;
        for (var k = source + 1; k < Count; k++)
        {
            if (_source[k] == source && _shared[k] > done && (best < 0 || _shared[k] < _shared[best]))
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>The moves that lead to history entry <paramref name="step"/>, first move first; -1 marks a step at which the item had already finished.</summary>
    public void MovesUpTo(int step, List<int> moves)
    {
        moves.Clear();
        for (var s = step; s >= 0; s = _historyPrevious[s])
        {
            moves.Add(_historyMove[s]);
        }

        moves.Reverse();
    }

    /// <summary>Keeps the candidate if it is among the best <see cref="Width"/> so far; an equal score ranks after the candidates already kept.</summary>
    private void Offer(int item, int move, double total)
    {
        if (_chosenCount == Width && total <= _chosenTotal[Width - 1])
        {
            return;
        }

        var at = Math.Min(_chosenCount, Width - 1);
        while (at > 0 && _chosenTotal[at - 1] < total)
        {
            _chosenItem[at] = _chosenItem[at - 1];
            _chosenMove[at] = _chosenMove[at - 1];
            _chosenTotal[at] = _chosenTotal[at - 1];

            at--;
        }

        _chosenItem[at] = item;
        _chosenMove[at] = move;
        _chosenTotal[at] = total;
        _chosenCount = Math.Min(_chosenCount + 1, Width);
    }

    private int Record(int previous, int move)
    {
        if (_historyCount == _historyMove.Length)
        {
            Array.Resize(ref _historyPrevious, _historyCount * 2);
            Array.Resize(ref _historyMove, _historyCount * 2);
        }

        _historyPrevious[_historyCount] = previous;
        _historyMove[_historyCount] = move;
        return _historyCount++;
    }

    private void Reserve(int width, int moveCount)
    {
        if (_itemScores.Length < width * moveCount)
        {
            _itemScores = new float[width * moveCount];
        }

        if (_states.Length >= width)
        {
            return;
        }

        _states = Fill(new ParserState[width]);
        _next = Fill(new ParserState[width]);
        _totals = new double[width];
        _nextTotals = new double[width];
        _steps = new int[width];
        _nextSteps = new int[width];
        _chosenItem = new int[width];
        _children = new int[width];
        _chosenMove = new int[width];
        _chosenTotal = new double[width];
        _features = new uint[width * ParserFeatures.Max];
        _featureCounts = new int[width];
        _source = new int[width];
        _shared = new int[width];
    }

    private static ParserState[] Fill(ParserState[] states)
    {
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = new ParserState();
        }

        return states;
    }
}
