namespace Dyad.Syntax.Parsing;

/// <summary>Whether a tree can be built without crossing arcs, which arc-eager parsing requires, and how to make it so.</summary>
internal static class Projectivity
{
    /// <param name="heads">Head of each word 1..n at index 0..n-1, 0 for the root.</param>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (var d = 1; d <= heads.Length; d++)
        {
            if (!IsArcProjective(d, heads))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The tree made projective by lifting (Nivre and Nilsson 2005, without encoding the lifts in the relations):
    /// the shortest crossing arc's dependent moves up to its head's head until no arcs cross. Only the lifted words
    /// get a wrong head, so the rest of the tree can still train the parser. Null when a lift would need a second
    /// word on the root, which the parser does not build.
    /// </summary>
    /// <param name="heads">Head of each word 1..n at index 0..n-1, 0 for the root.</param>
    public static int[]? Lift(ReadOnlySpan<int> heads)
    {
        var lifted = heads.ToArray();
        while (true)
        {
            var shortest = -1;
            for (var d = 1; d <= lifted.Length; d++)
            {
                if (!IsArcProjective(d, lifted) && (shortest < 0 || Math.Abs(lifted[d - 1] - d) < Math.Abs(lifted[shortest - 1] - shortest)))
                {
                    shortest = d;
                }
            }

            if (shortest < 0)
            {
                return lifted;
            }

            var grandparent = lifted[lifted[shortest - 1] - 1];
            if (grandparent == 0)
            {
                return null;
            }

            lifted[shortest - 1] = grandparent;
        }
    }

    private static bool IsArcProjective(int dependent, ReadOnlySpan<int> heads)
    {
        var h = heads[dependent - 1];
        var low = Math.Min(h, dependent);
        var high = Math.Max(h, dependent);
        for (var k = low + 1; k < high; k++)
        {
            if (!Dominates(h, k, heads))
            {
                return false;
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
