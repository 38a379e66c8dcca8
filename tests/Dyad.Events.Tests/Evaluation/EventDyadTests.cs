using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class EventDyadTests
{
    [Theory]
    [InlineData("2016-01-18", "2016-01-18", true)]
    [InlineData("2016-01", "2016-01-18", true)]
    [InlineData("2016", "2016-01-18", true)]
    [InlineData("2016-01-17", "2016-01-18", false)]
    [InlineData("2016-02", "2016-01-18", false)]
    [InlineData(null, "2016-01-18", false)]
    [InlineData("2016", null, false)]
    public void DateAgrees_GoldDateOfAnyPrecision_AgreesWithTheDaysInIt(string? gold, string? emitted, bool expected) =>
        Assert.Equal(expected, new EventDyad("A", "B", "040", gold).DateAgrees(new EventDyad("A", "B", "040", emitted)));

    [Fact]
    public void ToString_Dyad_IsSourceArrowTargetAndCode() =>
        Assert.Equal("RUSGOV->IGOCSTO 040", new EventDyad("RUSGOV", "IGOCSTO", "040", "2016").ToString());
}
