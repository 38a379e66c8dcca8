using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class AppealCodesTests
{
    [Theory]
    [InlineData("085", false, "0254")]
    [InlineData("085", true, "1054")]
    [InlineData("0874", true, "106")]
    [InlineData("0871", true, "107")]
    [InlineData("046", false, "026")]
    [InlineData("046", true, "108")]
    [InlineData("111", false, "020")]
    [InlineData("111", true, "100")]
    public void For_ActAskedFor_GivesTheAppealOrDemandCode(string act, bool must, string expected)
    {
        Assert.Equal(expected, AppealCodes.For(act, must));
    }
}
