using Dyad.Syntax.Hashing;

namespace Dyad.Syntax.Parsing;

/// <summary>
/// Features of an arc-eager configuration after Zhang and Nivre (2011): words and tags around the stack top and
/// buffer front, their heads and outermost children, distance, valency and the sets of relations already attached.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 96;

    private const ulong None = 0x4E4F4E45UL;
    private const ulong Root = 0x524F4F54UL;

    // Word hashes (lower-cased forms) and tag ids are given for words 1..n at indexes 0..n-1.
    public static int Extract(ParserState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<uint> f)
    {
        var s0 = state.StackTop;
        var s1 = state.Top > 1 ? state.Stack[state.Top - 2] : -1;
        var n = state.Length;
        var n0 = state.Front <= n ? state.Front : -1;
        var n1 = n0 >= 0 && n0 + 1 <= n ? n0 + 1 : -1;
        var n2 = n1 >= 0 && n1 + 1 <= n ? n1 + 1 : -1;

        var s0w = Word(s0, words);
        var s0p = Tag(s0, tags);
        var n0w = Word(n0, words);
        var n0p = Tag(n0, tags);
        var n1w = Word(n1, words);
        var n1p = Tag(n1, tags);
        var n2w = Word(n2, words);
        var n2p = Tag(n2, tags);
        var s0wp = Pair(s0w, s0p);
        var n0wp = Pair(n0w, n0p);

        var s0h = s0 > 0 ? state.Head[s0] : -1;
        var s0h2 = s0h > 0 ? state.Head[s0h] : -1;
        var s0l = s0 >= 0 ? state.Leftmost[s0] : -1;
        var s0l2 = s0 >= 0 ? state.Leftmost2[s0] : -1;
        var s0r = s0 >= 0 ? state.Rightmost[s0] : -1;
        var s0r2 = s0 >= 0 ? state.Rightmost2[s0] : -1;
        var n0l = n0 >= 0 ? state.Leftmost[n0] : -1;
        var n0l2 = n0 >= 0 ? state.Leftmost2[n0] : -1;

        var s0hp = Tag(s0h, tags);
        var s0lp = Tag(s0l, tags);
        var s0rp = Tag(s0r, tags);
        var n0lp = Tag(n0l, tags);
        var distance = n0 >= 0 ? Distance(n0 - s0) : 0UL;
        var s0vr = s0 >= 0 ? (ulong)state.RightCount[s0] : 0UL;
        var s0vl = s0 >= 0 ? (ulong)state.LeftCount[s0] : 0UL;
        var n0vl = n0 >= 0 ? (ulong)state.LeftCount[n0] : 0UL;
        var s0sr = s0 >= 0 ? state.RightRelations[s0] : 0UL;
        var s0sl = s0 >= 0 ? state.LeftRelations[s0] : 0UL;
        var n0sl = n0 >= 0 ? state.LeftRelations[n0] : 0UL;
        var s0hasHead = s0 > 0 && state.Head[s0] >= 0 ? 1UL : 0UL;

        var k = 0;
        f[k++] = FeatureHash.Key(1, s0wp);
        f[k++] = FeatureHash.Key(2, s0w);
        f[k++] = FeatureHash.Key(3, s0p);
        f[k++] = FeatureHash.Key(4, n0wp);
        f[k++] = FeatureHash.Key(5, n0w);
        f[k++] = FeatureHash.Key(6, n0p);
        f[k++] = FeatureHash.Key(7, n1w, n1p);
        f[k++] = FeatureHash.Key(8, n1w);
        f[k++] = FeatureHash.Key(9, n1p);
        f[k++] = FeatureHash.Key(10, n2w, n2p);
        f[k++] = FeatureHash.Key(11, n2w);
        f[k++] = FeatureHash.Key(12, n2p);

        f[k++] = FeatureHash.Key(13, s0wp, n0wp);
        f[k++] = FeatureHash.Key(14, s0wp, n0w);
        f[k++] = FeatureHash.Key(15, s0w, n0wp);
        f[k++] = FeatureHash.Key(16, s0wp, n0p);
        f[k++] = FeatureHash.Key(17, s0p, n0wp);
        f[k++] = FeatureHash.Key(18, s0w, n0w);
        f[k++] = FeatureHash.Key(19, s0p, n0p);
        f[k++] = FeatureHash.Key(20, n0p, n1p);

        f[k++] = FeatureHash.Key(21, n0p, n1p, n2p);
        f[k++] = FeatureHash.Key(22, s0p, n0p, n1p);
        f[k++] = FeatureHash.Key(23, s0hp, s0p, n0p);
        f[k++] = FeatureHash.Key(24, s0p, s0lp, n0p);
        f[k++] = FeatureHash.Key(25, s0p, s0rp, n0p);
        f[k++] = FeatureHash.Key(26, s0p, n0p, n0lp);

        f[k++] = FeatureHash.Key(27, s0w, distance);
        f[k++] = FeatureHash.Key(28, s0p, distance);
        f[k++] = FeatureHash.Key(29, n0w, distance);
        f[k++] = FeatureHash.Key(30, n0p, distance);
        f[k++] = FeatureHash.Key(31, s0w, n0w, distance);
        f[k++] = FeatureHash.Key(32, s0p, n0p, distance);

        f[k++] = FeatureHash.Key(33, s0w, s0vr);
        f[k++] = FeatureHash.Key(34, s0p, s0vr);
        f[k++] = FeatureHash.Key(35, s0w, s0vl);
        f[k++] = FeatureHash.Key(36, s0p, s0vl);
        f[k++] = FeatureHash.Key(37, n0w, n0vl);
        f[k++] = FeatureHash.Key(38, n0p, n0vl);

        f[k++] = FeatureHash.Key(39, Word(s0h, words));
        f[k++] = FeatureHash.Key(40, s0hp);
        f[k++] = FeatureHash.Key(41, Label(s0, state));
        f[k++] = FeatureHash.Key(42, Word(s0l, words));
        f[k++] = FeatureHash.Key(43, s0lp);
        f[k++] = FeatureHash.Key(44, Label(s0l, state));
        f[k++] = FeatureHash.Key(45, Word(s0r, words));
        f[k++] = FeatureHash.Key(46, s0rp);
        f[k++] = FeatureHash.Key(47, Label(s0r, state));
        f[k++] = FeatureHash.Key(48, Word(n0l, words));
        f[k++] = FeatureHash.Key(49, n0lp);
        f[k++] = FeatureHash.Key(50, Label(n0l, state));

        f[k++] = FeatureHash.Key(51, Word(s0h2, words));
        f[k++] = FeatureHash.Key(52, Tag(s0h2, tags));
        f[k++] = FeatureHash.Key(53, Label(s0h, state));
        f[k++] = FeatureHash.Key(54, Word(s0l2, words));
        f[k++] = FeatureHash.Key(55, Tag(s0l2, tags));
        f[k++] = FeatureHash.Key(56, Label(s0l2, state));
        f[k++] = FeatureHash.Key(57, Word(s0r2, words));
        f[k++] = FeatureHash.Key(58, Tag(s0r2, tags));
        f[k++] = FeatureHash.Key(59, Label(s0r2, state));
        f[k++] = FeatureHash.Key(60, Word(n0l2, words));
        f[k++] = FeatureHash.Key(61, Tag(n0l2, tags));
        f[k++] = FeatureHash.Key(62, Label(n0l2, state));
        f[k++] = FeatureHash.Key(63, s0p, s0lp, Tag(s0l2, tags));
        f[k++] = FeatureHash.Key(64, s0p, s0rp, Tag(s0r2, tags));
        f[k++] = FeatureHash.Key(65, s0p, s0hp, Tag(s0h2, tags));
        f[k++] = FeatureHash.Key(66, n0p, n0lp, Tag(n0l2, tags));

        f[k++] = FeatureHash.Key(67, s0w, s0sr);
        f[k++] = FeatureHash.Key(68, s0p, s0sr);
        f[k++] = FeatureHash.Key(69, s0w, s0sl);
        f[k++] = FeatureHash.Key(70, s0p, s0sl);
        f[k++] = FeatureHash.Key(71, n0w, n0sl);
        f[k++] = FeatureHash.Key(72, n0p, n0sl);

        var s1p = Tag(s1, tags);
        f[k++] = FeatureHash.Key(73, s1p);
        f[k++] = FeatureHash.Key(74, Word(s1, words), s1p);
        f[k++] = FeatureHash.Key(75, s1p, s0p, n0p);
        f[k++] = FeatureHash.Key(76, s0hasHead, s0p, n0p);
        f[k++] = FeatureHash.Key(77, s0hasHead, s0w, n0w);
        f[k++] = FeatureHash.Key(78, n0p, Tag(n0 > 1 ? n0 - 1 : -1, tags), s0p);
        f[k++] = FeatureHash.Key(79, s0p, Tag(s0 > 0 && s0 < n ? s0 + 1 : -1, tags), n0p);
        f[k++] = FeatureHash.Key(80, s0hasHead, Label(s0, state), n0p);

        var rootAttached = state.RootAttached ? 1UL : 0UL;
        var punctuation = n0 > 0 ? (ulong)Math.Min(3, state.PunctuationUpTo[n0 - 1] - state.PunctuationUpTo[s0]) : 4UL;
        f[k++] = FeatureHash.Key(81, rootAttached, s0p, n0p);
        f[k++] = FeatureHash.Key(82, rootAttached, n0w);
        f[k++] = FeatureHash.Key(83, punctuation, s0p, n0p);
        f[k++] = FeatureHash.Key(84, punctuation, distance);
        f[k++] = FeatureHash.Key(85, punctuation, s0w);
        f[k++] = FeatureHash.Key(86, punctuation, n0w);
        f[k++] = FeatureHash.Key(87, s0p, n0p, Pair(n1p, n2p));
        return k;
    }

    private static ulong Word(int word, ReadOnlySpan<ulong> words) => word switch
    {
        < 0 => None,
        0 => Root,
        _ => words[word - 1],
    };

    private static ulong Tag(int word, ReadOnlySpan<int> tags) => word switch
    {
        < 0 => 1,
        0 => 2,
        _ => (ulong)tags[word - 1] + 3,
    };

    private static ulong Label(int word, ParserState state) =>
        word > 0 && state.Head[word] >= 0 ? (ulong)state.Relation[word] + 2 : 1;

    private static ulong Pair(ulong word, ulong tag) => (word * 0x9E3779B97F4A7C15UL) ^ tag;

    private static ulong Distance(int distance) => distance switch
    {
        <= 4 => (ulong)distance,
        < 10 => 5,
        _ => 6,
    };
}
