using Dyad.Syntax.Parsing;

namespace Dyad.Syntax.Tests.Parsing;

public sealed class ProjectivityTests
{
    [Theory]
    [InlineData(new[] { 0 }, true)]
    [InlineData(new[] { 2, 0, 2 }, true)]
    [InlineData(new[] { 2, 3, 0, 3 }, true)]
    [InlineData(new[] { 2, 3, 0, 3, 7, 7, 2, 3 }, false)]
    [InlineData(new[] { 3, 4, 0, 3 }, false)]
    public void IsProjective_Trees_DetectsCrossingArcs(int[] heads, bool expected)
    {
        Assert.Equal(expected, Projectivity.IsProjective(heads));
    }

    [Theory]
    [InlineData(new[] { 2, 0, 2 }, new[] { 2, 0, 2 })]
    [InlineData(new[] { 3, 4, 0, 3 }, new[] { 3, 3, 0, 3 })]
    [InlineData(new[] { 2, 3, 0, 3, 7, 7, 2, 3 }, new[] { 2, 3, 0, 3, 7, 7, 3, 3 })]
    public void Lift_Trees_MovesCrossingDependentsUpToAProjectiveTree(int[] heads, int[] expected)
    {
        var lifted = Projectivity.Lift(heads);

        Assert.Equal(expected, lifted);
        Assert.True(Projectivity.IsProjective(lifted));
    }

    [Fact]
    public void Lift_CrossingArcFromAWordOnTheRoot_IsNull()
    {
        Assert.Null(Projectivity.Lift([0, 4, 0, 1]));
    }
}
