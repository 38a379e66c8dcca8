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
    private float[] _moveScores = [];
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

    public void Advance<TScorer>(TScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Moves moves, int rootRelation, Span<uint> features)
        where TScorer : IFeatureScorer
    {
        _chosenCount = 0;
        var scores = _moveScores.AsSpan(0, moves.Count);
        for (var i = 0; i < Count; i++)
        {
            var state = _states[i];
            if (state.IsTerminal)
            {
                Offer(i, NoMove, _totals[i]);
                continue;
            }

            var count = ParserFeatures.Extract(state, words, tags, features);
            scores.Clear();
            scorer.AddScores(features[..count], scores);
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
        if (_moveScores.Length < moveCount)
        {
            _moveScores = new float[moveCount];
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
