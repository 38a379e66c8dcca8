namespace Dyad.Syntax.Clusters;

/// <summary>
/// The exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words move one at a time to the
/// class that most raises the likelihood of a class bigram model, the objective of Brown et al. (1992), until few
/// words move. It costs a pass over each word's neighbours per class, so it handles a corpus of millions of
/// words in seconds where Brown's agglomerative merging takes hours.
/// </summary>
/// <remarks>
/// Words are ids 0..n-1 in descending frequency. Ids from n on are fixed tokens (rare words, the sentence
/// boundary) that each keep a class of their own and are never moved. Deterministic: words are visited in id
/// order, start in class id mod classes, and a tie keeps the word where it is or prefers the lower class.
/// </remarks>
internal sealed class ExchangeClustering
{
    private readonly BigramCounts _bigrams;
    private readonly int _classes;
    private readonly int _width;
    private readonly int[] _classOf;
    private readonly long[] _pairs;
    private readonly long[] _pairsByColumn;
    private readonly long[] _firsts;
    private readonly long[] _seconds;
    private readonly double[] _xLogX;

    private ExchangeClustering(BigramCounts bigrams, int classes)
    {
        _bigrams = bigrams;
        _classes = classes;
        _width = classes + bigrams.FixedTokens;
        _classOf = new int[bigrams.Words + bigrams.FixedTokens];
        for (var word = 0; word < bigrams.Words; word++)
        {
            _classOf[word] = word % classes;
        }

        for (var token = 0; token < bigrams.FixedTokens; token++)
        {
            _classOf[bigrams.Words + token] = classes + token;
        }

        _pairs = new long[_width * _width];
        _pairsByColumn = new long[_width * _width];
        _firsts = new long[_width];
        _seconds = new long[_width];
        for (var first = 0; first < _classOf.Length; first++)
        {
            foreach (var (second, count) in bigrams.Following(first))
            {
                Add(_classOf[first], _classOf[second], count);
                _firsts[_classOf[first]] += count;
                _seconds[_classOf[second]] += count;
            }
        }

        _xLogX = new double[bigrams.Total + 1];
        for (var x = 1; x < _xLogX.Length; x++)
        {
            _xLogX[x] = x * Math.Log(x);
        }
    }

    /// <summary>The class (0..classes-1) of each word after at most <paramref name="iterations"/> passes.</summary>
    public static int[] Run(BigramCounts bigrams, int classes, int iterations, TextWriter? log = null)
    {
        var clustering = new ExchangeClustering(bigrams, classes);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var moved = clustering.Pass();
            log?.WriteLine($"clusters {classes}: pass {iteration + 1}, {moved} words moved");
            if (moved * 1000 < bigrams.Words)
            {
                break;
            }
        }

        return clustering._classOf[..bigrams.Words];
    }

    private int Pass()
    {
        var right = new long[_width];
        var left = new long[_width];
        var rightClasses = new List<int>();
        var leftClasses = new List<int>();
        var moved = 0;
        for (var word = 0; word < _bigrams.Words; word++)
        {
            var self = Aggregate(word, _bigrams.Following(word), right, rightClasses);
            Aggregate(word, _bigrams.Preceding(word), left, leftClasses);
            var asFirst = _bigrams.FirstCount(word);
            var asSecond = _bigrams.SecondCount(word);
            var from = _classOf[word];
            Shift(from, -1, right, rightClasses, left, leftClasses, self, asFirst, asSecond);

            var best = from;
            var bestGain = Gain(from, right, rightClasses, left, leftClasses, self, asFirst, asSecond);
            for (var to = 0; to < _classes; to++)
            {
                if (to == from)
                {
                    continue;
                }

                var gain = Gain(to, right, rightClasses, left, leftClasses, self, asFirst, asSecond);
                if (gain > bestGain + 1e-9)
                {
                    (best, bestGain) = (to, gain);
                }
            }

            Shift(best, 1, right, rightClasses, left, leftClasses, self, asFirst, asSecond);
            _classOf[word] = best;
            moved += best == from ? 0 : 1;
            Clear(right, rightClasses);
            Clear(left, leftClasses);
        }

        return moved;
    }

    /// <summary>Sums a word's neighbour counts by the neighbours' classes, leaving out the word itself; returns its count next to itself.</summary>
    private long Aggregate(int word, ReadOnlySpan<(int Word, int Count)> neighbours, long[] byClass, List<int> classes)
    {
        var self = 0L;
        foreach (var (neighbour, count) in neighbours)
        {
            if (neighbour == word)
            {
                self = count;
                continue;
            }

            var c = _classOf[neighbour];
            if (byClass[c] == 0)
            {
                classes.Add(c);
            }

            byClass[c] += count;
        }

        return self;
    }

    private static void Clear(long[] byClass, List<int> classes)
    {
        foreach (var c in classes)
        {
            byClass[c] = 0;
        }

        classes.Clear();
    }

    /// <summary>Adds (sign 1) or removes (sign -1) the word's counts to or from class <paramref name="c"/>.</summary>
    private void Shift(int c, int sign, long[] right, List<int> rightClasses, long[] left, List<int> leftClasses, long self, long asFirst, long asSecond)
    {
        foreach (var d in rightClasses)
        {
            Add(c, d, sign * right[d]);
        }

        foreach (var d in leftClasses)
        {
            Add(d, c, sign * left[d]);
        }

        Add(c, c, sign * self);
        _firsts[c] += sign * asFirst;
        _seconds[c] += sign * asSecond;
    }

    /// <summary>How much the log-likelihood rises when the word (currently in no class) joins class <paramref name="c"/>.</summary>
    private double Gain(int c, long[] right, List<int> rightClasses, long[] left, List<int> leftClasses, long self, long asFirst, long asSecond)
    {
        var gain = 0.0;
        var row = c * _width;
        foreach (var d in rightClasses)
        {
            if (d != c)
            {
                var before = _pairs[row + d];
                gain += _xLogX[before + right[d]] - _xLogX[before];
            }
        }

        foreach (var d in leftClasses)
        {
            if (d != c)
            {
                var before = _pairsByColumn[row + d];
                gain += _xLogX[before + left[d]] - _xLogX[before];
            }
        }

        var diagonal = _pairs[row + c];
        gain += _xLogX[diagonal + right[c] + left[c] + self] - _xLogX[diagonal];
        gain -= _xLogX[_firsts[c] + asFirst] - _xLogX[_firsts[c]];
        gain -= _xLogX[_seconds[c] + asSecond] - _xLogX[_seconds[c]];
        return gain;
    }

    private void Add(int first, int second, long count)
    {
        _pairs[(first * _width) + second] += count;
        _pairsByColumn[(second * _width) + first] += count;
    }
}
