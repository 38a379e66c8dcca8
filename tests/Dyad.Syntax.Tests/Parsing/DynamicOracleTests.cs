using Dyad.Syntax.Parsing;

namespace Dyad.Syntax.Tests.Parsing;

public sealed class DynamicOracleTests
{
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
        var moves = new Moves(2);
        int[] goldHeads = [-1, 0, 1];
        int[] goldRelations = [-1, 0, 1];
        var costs = new int[moves.Count];
        var state = new ParserState();
        state.Reset(2);
        state.Apply(Moves.Shift, moves);

        DynamicOracle.Fill(state, moves, goldHeads, goldRelations, costs);

        Assert.Equal(1, costs[Moves.Shift]);
        Assert.Equal(0, costs[moves.Right(1)]);
        Assert.Equal(1, costs[moves.Right(0)]);
    }

    [Fact]
    public void Fill_ShiftOfTheGoldRoot_CostsNothing()
    {
        var moves = new Moves(2);
        int[] goldHeads = [-1, 0, 1];
        int[] goldRelations = [-1, 0, 1];
        var costs = new int[moves.Count];
        var state = new ParserState();
        state.Reset(2);

        DynamicOracle.Fill(state, moves, goldHeads, goldRelations, costs);

        Assert.Equal(0, costs[Moves.Shift]);
    }

    [Fact]
    public void Fill_LeftArcOnTheGoldRoot_CostsItsRootArcAndItsDependent()
    {
        var moves = new Moves(2);
        int[] goldHeads = [-1, 0, 1];
        int[] goldRelations = [-1, 0, 1];
        var costs = new int[moves.Count];
        var state = new ParserState();
        state.Reset(2);
        state.Apply(Moves.Shift, moves);

        DynamicOracle.Fill(state, moves, goldHeads, goldRelations, costs);

        Assert.Equal(2, costs[Moves.Left(1)]);
    }
}
