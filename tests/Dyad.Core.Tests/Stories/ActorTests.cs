using Dyad.Core.Stories;

namespace Dyad.Core.Tests.Stories;

public sealed class ActorTests
{
    [Theory]
    [InlineData("RUS", "RUS", null, true)]
    [InlineData("RUSGOV", "RUS", "GOV", false)]
    [InlineData("IGOUNO", null, null, false)]
    [InlineData(null, null, null, false)]
    public void IsBareCountry_Codes_TrueOnlyForTheCountryItself(string? code, string? country, string? sector, bool expected) =>
        Assert.Equal(expected, new Actor(0, 6, 0, code, country, sector, "name", "Country").IsBareCountry);
}
