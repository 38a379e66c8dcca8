namespace Dyad.Syntax.Clusters;

/// <summary>
/// How often each token follows each other in a corpus, as sorted neighbour lists per token. Tokens 0..Words-1
/// are the words to cluster; the <see cref="FixedTokens"/> after them stand for rare words and the sentence boundary.
/// </summary>
internal sealed class BigramCounts
{
    private readonly (int Word, int Count)[] _following;
    private readonly int[] _followingStarts;
    private readonly (int Word, int Count)[] _preceding;
    private readonly int[] _precedingStarts;
    private readonly long[] _firstCounts;
    private readonly long[] _secondCounts;

    private BigramCounts(int words, int fixedTokens, Dictionary<long, int> pairs)
    {
        Words = words;
        FixedTokens = fixedTokens;
        var tokens = words + fixedTokens;
        var sorted = pairs.Select(pair => ((int)(pair.Key >> 32), (int)(pair.Key & 0xFFFF_FFFF), pair.Value)).ToArray();
        Array.Sort(sorted);
        (_following, _followingStarts) = Rows(sorted, tokens, pair => pair.Item1, pair => (pair.Item2, pair.Item3));
        var bySecond = sorted.Select(pair => (pair.Item2, pair.Item1, pair.Item3)).ToArray();
        Array.Sort(bySecond);
        (_preceding, _precedingStarts) = Rows(bySecond, tokens, pair => pair.Item1, pair => (pair.Item2, pair.Item3));
        _firstCounts = new long[tokens];
        _secondCounts = new long[tokens];
        foreach (var (first, second, count) in sorted)
        {
            _firstCounts[first] += count;
            _secondCounts[second] += count;
            Total += count;
        }
    }

    public int Words { get; }

    public int FixedTokens { get; }

    /// <summary>The number of bigrams in the corpus.</summary>
    public int Total { get; }

    /// <summary>
    /// Counts the bigrams of <paramref name="sentences"/> (token ids, each sentence between two boundary tokens
    /// <paramref name="boundary"/>).
    /// </summary>
    public static BigramCounts Count(IEnumerable<int[]> sentences, int words, int fixedTokens, int boundary)
    {
        var pairs = new Dictionary<long, int>();
        foreach (var sentence in sentences)
        {
            var previous = boundary;
            foreach (var token in sentence)
            {
                Increment(pairs, previous, token);
                previous = token;
            }

            Increment(pairs, previous, boundary);
        }

        return new BigramCounts(words, fixedTokens, pairs);
    }

    public ReadOnlySpan<(int Word, int Count)> Following(int token) =>
        _following.AsSpan(_followingStarts[token], _followingStarts[token + 1] - _followingStarts[token]);

    public ReadOnlySpan<(int Word, int Count)> Preceding(int token) =>
        _preceding.AsSpan(_precedingStarts[token], _precedingStarts[token + 1] - _precedingStarts[token]);

    /// <summary>How many bigrams start with the token.</summary>
    public long FirstCount(int token) => _firstCounts[token];

    /// <summary>How many bigrams end with the token.</summary>
    public long SecondCount(int token) => _secondCounts[token];

    private static void Increment(Dictionary<long, int> pairs, int first, int second)
    {
        var key = ((long)first << 32) | (uint)second;
        pairs[key] = pairs.GetValueOrDefault(key) + 1;
    }

    private static ((int Word, int Count)[] Entries, int[] Starts) Rows<T>(T[] sorted, int tokens, Func<T, int> row, Func<T, (int, int)> entry)
    {
        var entries = new (int Word, int Count)[sorted.Length];
        var starts = new int[tokens + 1];
        for (var i = 0; i < sorted.Length; i++)
        {
            entries[i] = entry(sorted[i]);
            starts[row(sorted[i]) + 1]++;
        }

        for (var t = 0; t < tokens; t++)
        {
            starts[t + 1] += starts[t];
        }

        return (entries, starts);
    }
}
