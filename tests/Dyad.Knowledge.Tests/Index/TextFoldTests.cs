using Dyad.Knowledge.Index;

namespace Dyad.Knowledge.Tests.Index;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Japarov", "japarov")]
    [InlineData("Žaparov", "zaparov")]
    [InlineData("ÇAĞLAR", "caglar")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Russia’s", "russia's")]
    [InlineData("Бишкек", "бишкек")]
    public void Fold_Token_LowerCaseWithoutDiacritics(string token, string expected) => Assert.Equal(expected, TextFold.Fold(token));
}
