using Dyad.Syntax.Parsing;

namespace Dyad.Syntax.Tests.Parsing;

public sealed class DynamicOracleTests
{
    private static readonly Moves TwoRelations = new(2);

    public static TheoryData<int> ProjectiveFixtureSentences()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Fixtures.Tiny.Count; i++)
        {
            if (Projectivity.IsProjective(Fixtures.Tiny[i].Words.Select(w => w.Head).ToArray()))
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProjectiveFixtureSentences))]
    public void Fill_FollowingFreeMoves_BuildsTheGoldTree(int index)
    {
        var sentence = Fixtures.Tiny[index];
        var relations = StringIndex.Collect(Fixtures.Tiny.SelectMany(s => s.Words.Select(w => w.Deprel)));
        var moves = new Moves(relations.Count);
        var root = relations["root"];
        var goldHeads = new[] { -1 }.Concat(sentence.Words.Select(w => w.Head)).ToArray();
        var goldRelations = new[] { -1 }.Concat(sentence.Words.Select(w => relations[w.Deprel])).ToArray();
        var costs = new int[moves.Count];
        var state = new ParserState();
        state.Reset(sentence.Words.Length);

        while (!state.IsTerminal)
        {
            DynamicOracle.Fill(state, moves, goldHeads, goldRelations, costs);
            var free = Enumerable.Range(0, moves.Count).First(m => state.IsValid(m, moves, root) && costs[m] == 0);
            state.Apply(free, moves);
        }

        state.Finish(root, root);
        Assert.Equal(goldHeads[1..], state.Head[1..(sentence.Words.Length + 1)]);
        Assert.Equal(goldRelations[1..], state.Relation[1..(sentence.Words.Length + 1)]);
    }

    [Fact]
    public void Fill_ShiftPastTheHeadOfTheFront_CostsOne()
    {
        var costs = CostsInTwoWordSentenceAfter(Moves.Shift);

        Assert.Equal(1, costs[Moves.Shift]);
        Assert.Equal(0, costs[TwoRelations.Right(1)]);
        Assert.Equal(1, costs[TwoRelations.Right(0)]);
    }

    [Fact]
    public void Fill_ShiftOfTheGoldRoot_CostsNothing()
    {
        var costs = CostsInTwoWordSentenceAfter();

        Assert.Equal(0, costs[Moves.Shift]);
    }

    [Fact]
    public void Fill_LeftArcOnTheGoldRoot_CostsItsRootArcAndItsDependent()
    {
        var costs = CostsInTwoWordSentenceAfter(Moves.Shift);

        Assert.Equal(2, costs[Moves.Left(1)]);
    }

    /// <summary>The move costs in a two-word sentence whose first word is the root (relation 0) and heads the second (relation 1), after <paramref name="applied"/>.</summary>
    private static int[] CostsInTwoWordSentenceAfter(params int[] applied)
    {
        int[] goldHeads = [-1, 0, 1];
        int[] goldRelations = [-1, 0, 1];
        var costs = new int[TwoRelations.Count];
        var state = new ParserState();
        state.Reset(2);
        foreach (var move in applied)
        {
            state.Apply(move, TwoRelations);
        }

        DynamicOracle.Fill(state, TwoRelations, goldHeads, goldRelations, costs);
        return costs;
    }
}
