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
}
