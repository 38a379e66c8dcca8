using Dyad.Syntax.Clusters;
using Dyad.Syntax.Hashing;

namespace Dyad.Syntax;

/// <summary>
/// Hashes of each word's form and its parts, computed once per sentence so that the tagger and parser build
/// their features from numbers, not strings. Reused between sentences.
/// </summary>
internal sealed class TokenHashes
{
    public ulong[] Lower = [];
    public ulong[] Exact = [];
    public ulong[] Shape = [];
    public ulong[] Suffix1 = [];
    public ulong[] Suffix2 = [];
    public ulong[] Suffix3 = [];
    public ulong[] Suffix4 = [];
    public ulong[] Suffix5 = [];
    public ulong[] Prefix1 = [];
    public ulong[] Prefix2 = [];
    public ulong[] Prefix3 = [];

    /// <summary>The word's classes packed as <see cref="ClusterLookup"/> gives them, 0 for a word without.</summary>
    public ulong[] Cluster = [];

    /// <summary>Whether the words were looked up in a class table at all (a model trained without one has none).</summary>
    public bool HasClasses;
    public int Length;

    public void Fill(IReadOnlyList<string> forms, ClusterLookup clusters)
    {
        Length = forms.Count;
        HasClasses = clusters.Count > 0;
        if (Lower.Length < Length)
        {
            var size = Math.Max(Length, Lower.Length * 2);
            Lower = new ulong[size];
            Exact = new ulong[size];
            Shape = new ulong[size];
            Suffix1 = new ulong[size];
            Suffix2 = new ulong[size];
            Suffix3 = new ulong[size];
            Suffix4 = new ulong[size];
            Suffix5 = new ulong[size];
            Prefix1 = new ulong[size];
            Prefix2 = new ulong[size];
            Prefix3 = new ulong[size];
            Cluster = new ulong[size];
        }

        for (var i = 0; i < Length; i++)
        {
            var form = forms[i].AsSpan();
            Lower[i] = FeatureHash.Lower(form);
            Exact[i] = FeatureHash.Exact(form);
            Shape[i] = ShapeOf(form);
            Suffix1[i] = FeatureHash.Lower(form[Math.Max(0, form.Length - 1)..]);
            Suffix2[i] = FeatureHash.Lower(form[Math.Max(0, form.Length - 2)..]);
            Suffix3[i] = FeatureHash.Lower(form[Math.Max(0, form.Length - 3)..]);
            Suffix4[i] = FeatureHash.Lower(form[Math.Max(0, form.Length - 4)..]);
            Suffix5[i] = FeatureHash.Lower(form[Math.Max(0, form.Length - 5)..]);
            Prefix1[i] = FeatureHash.Lower(form[..Math.Min(form.Length, 1)]);
            Prefix2[i] = FeatureHash.Lower(form[..Math.Min(form.Length, 2)]);
            Prefix3[i] = FeatureHash.Lower(form[..Math.Min(form.Length, 3)]);
            Cluster[i] = clusters.Find(Lower[i]);
        }
    }

    /// <summary>The word's shape with runs collapsed ("Moscow" as "Xx", "2016" as "d", "U.S." as "X.X."), hashed.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[Math.Min(form.Length, 32)];
        var length = 0;
        var previous = '\0';
        foreach (var c in form)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != previous && length < shape.Length)
            {
                shape[length++] = kind;
            }

            previous = kind;
        }

        return FeatureHash.Exact(shape[..length]);
    }
}
