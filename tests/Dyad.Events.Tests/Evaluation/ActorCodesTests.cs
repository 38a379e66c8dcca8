using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class ActorCodesTests
{
    [Theory]
    [InlineData("RUSGOV", ActorMatch.Lenient, "RUS")]
    [InlineData("IGOCSTO", ActorMatch.Lenient, "IGO")]
    [InlineData("RUS", ActorMatch.Lenient, "RUS")]
    [InlineData("IGOCSTO", ActorMatch.Strict, "IGOCST")]
    [InlineData("RUSGOV", ActorMatch.Strict, "RUSGOV")]
    [InlineData("RUS", ActorMatch.Strict, "RUS")]
    [InlineData("RUSGOVMIL", ActorMatch.Exact, "RUSGOVMIL")]
    public void Compared_Code_KeepsThePartTheModeCompares(string code, ActorMatch match, string expected) =>
        Assert.Equal(expected, ActorCodes.Compared(code, match));
}
