using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class IntentCodesTests
{
    [Theory]
    [InlineData("042", "036")]
    [InlineData("046", "036")]
    [InlineData("057", "030")]
    [InlineData("062", "0312")]
    [InlineData("0631", "0313")]
    [InlineData("073", "0333")]
    [InlineData("163", "1312")]
    [InlineData("190", "138")]
    [InlineData("112", "112")]
    [InlineData("020", "020")]
    public void For_Code_GivesCameoIntentCode(string code, string intent) => Assert.Equal(intent, IntentCodes.For(code));
}
