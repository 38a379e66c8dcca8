using Dyad.Syntax.Parsing;

namespace Dyad.Syntax.Tests.Parsing;

public sealed class ParserStateTests
{
    private const int Root = 0;

    private static readonly Moves ThreeRelations = new(3);

    [Fact]
    public void IsValid_OnlyTheRootOnTheStack_AllowsOnlyShift()
    {
        var state = new ParserState();
        state.Reset(3);

        var valid = Enumerable.Range(0, ThreeRelations.Count).Where(m => state.IsValid(m, ThreeRelations, Root)).ToArray();

        Assert.Equal([Moves.Shift], valid);
    }

    [Fact]
    public void IsValid_WordOnTheStack_NeverAllowsTheRootRelation()
    {
        var state = new ParserState();
        state.Reset(3);
        state.Apply(Moves.Shift, ThreeRelations);

        Assert.False(state.IsValid(Moves.Left(Root), ThreeRelations, Root));
        Assert.False(state.IsValid(ThreeRelations.Right(Root), ThreeRelations, Root));
        Assert.True(state.IsValid(Moves.Left(1), ThreeRelations, Root));
        Assert.True(state.IsValid(ThreeRelations.Right(2), ThreeRelations, Root));
    }

    [Fact]
    public void Apply_ShiftsAndArcs_CountsTheHeadlessWordsOnTheStack()
    {
        var state = new ParserState();
        state.Reset(3);

        state.Apply(Moves.Shift, ThreeRelations);
        state.Apply(Moves.Left(1), ThreeRelations);
        state.Apply(Moves.Shift, ThreeRelations);
        state.Apply(ThreeRelations.Right(2), ThreeRelations);

        Assert.Equal(1, state.HeadlessOnStack);
    }

    [Fact]
    public void Finish_WordsLeftWithoutHeads_MakesTheFirstTheRootAndHangsTheRestOnIt()
    {
        var state = new ParserState();
        state.Reset(3);
        state.Apply(Moves.Shift, ThreeRelations);
        state.Apply(Moves.Shift, ThreeRelations);
        state.Apply(ThreeRelations.Right(1), ThreeRelations);

        state.Finish(Root, 2);

        Assert.Equal([0, 1, 2], state.Head[1..4]);
        Assert.Equal([Root, 2, 1], state.Relation[1..4]);
    }
}
