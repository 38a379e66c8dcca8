namespace Dyad.Syntax.Parsing;

/// <summary>
/// The arc-eager dynamic oracle of Goldberg and Nivre (2012) with labels: the number of gold arcs a move makes
/// unreachable from the current configuration (plus one for a wrong relation on a correct arc). Exact for
/// projective gold trees. The root arc is made when the parse finishes, for a word still without a head, so
/// shifting the gold root costs nothing and giving it a head costs its root arc.
/// </summary>
internal static class DynamicOracle
{
    // Gold heads and relation ids are indexed by word, 1..n; index 0 (the root) holds -1.
    public static void Fill(ParserState state, Moves moves, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldRelations, Span<int> costs)
    {
        var s = state.StackTop;
        var b = state.Front;
        costs[Moves.Shift] = Cost(state, Moves.Shift, moves, goldHeads, goldRelations);
        costs[Moves.Reduce] = Cost(state, Moves.Reduce, moves, goldHeads, goldRelations);
        var wrongLeft = goldRelations[s] == 0 ? 1 : 0;
        var wrongRight = goldRelations[b] == 0 ? 1 : 0;
        var left = Cost(state, Moves.Left(wrongLeft), moves, goldHeads, goldRelations);
        var right = Cost(state, moves.Right(wrongRight), moves, goldHeads, goldRelations);
        var leftArcIsGold = s > 0 && goldHeads[s] == b;
        var rightArcIsGold = goldHeads[b] == s;
        for (var r = 0; r < moves.RelationCount; r++)
        {
            costs[Moves.Left(r)] = leftArcIsGold && r == goldRelations[s] ? left - 1 : left;
            costs[moves.Right(r)] = rightArcIsGold && r == goldRelations[b] ? right - 1 : right;
        }
    }

    public static int Cost(ParserState state, int move, Moves moves, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldRelations)
    {
        var s = state.StackTop;
        var b = state.Front;
        var n = state.Length;
        if (move == Moves.Shift)
        {
            var cost = 0;
            for (var j = 0; j < state.Top; j++)
            {
                var k = state.Stack[j];
                if (k > 0 && goldHeads[b] == k)
                {
                    cost++;
                }

                if (k > 0 && goldHeads[k] == b && state.Head[k] < 0)
                {
                    cost++;
                }
            }

            return cost;
        }

        if (move == Moves.Reduce)
        {
            return DependentsAfter(s, b, n, goldHeads);
        }

        var relation = moves.RelationOf(move);
        if (moves.IsLeft(move))
        {
            var cost = DependentsAfter(s, b, n, goldHeads);
            if (goldHeads[s] > b || goldHeads[s] == 0)
            {
                cost++;
            }
            else if (goldHeads[s] == b && goldRelations[s] != relation)
            {
                cost++;
            }

            return cost;
        }

        var rightCost = 0;
        var head = goldHeads[b];
        if (head == s)
        {
            rightCost += goldRelations[b] != relation ? 1 : 0;
        }
        else if (head > b || state.OnStack[head])
        {
            rightCost++;
        }

        for (var j = 0; j < state.Top; j++)
        {
            var k = state.Stack[j];
            if (k > 0 && goldHeads[k] == b && state.Head[k] < 0)
            {
                rightCost++;
            }
        }

        return rightCost;
    }

    private static int DependentsAfter(int word, int front, int n, ReadOnlySpan<int> goldHeads)
    {
        var count = 0;
        for (var k = front; k <= n; k++)
        {
            if (goldHeads[k] == word)
            {
                count++;
            }
        }

        return count;
    }
}
