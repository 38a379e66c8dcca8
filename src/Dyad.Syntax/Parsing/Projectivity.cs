namespace Dyad.Syntax.Parsing;

/// <summary>Whether a tree can be built without crossing arcs, which arc-eager parsing requires.</summary>
internal static class Projectivity
{
    /// <param name="heads">Head of each word 1..n at index 0..n-1, 0 for the root.</param>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (var d = 1; d <= heads.Length; d++)
        {
            var h = heads[d - 1];
            var low = Math.Min(h, d);
            var high = Math.Max(h, d);
            for (var k = low + 1; k < high; k++)
            {
                if (!Dominates(h, k, heads))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Dominates(int ancestor, int word, ReadOnlySpan<int> heads)
    {
        var steps = 0;
        while (word != 0 && steps++ <= heads.Length)
        {
            word = heads[word - 1];
            if (word == ancestor)
            {
                return true;
            }
        }

        return ancestor == 0;
    }
}
