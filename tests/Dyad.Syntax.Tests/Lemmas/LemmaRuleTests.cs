using Dyad.Syntax.Lemmas;

namespace Dyad.Syntax.Tests.Lemmas;

public sealed class LemmaRuleTests
{
    [Theory]
    [InlineData("walked", "walk", "jumped", "jump")]
    [InlineData("cities", "city", "parties", "party")]
    [InlineData("Officials", "official", "Diplomats", "diplomat")]
    [InlineData("Moscow", "Moscow", "Minsk", "Minsk")]
    [InlineData("n't", "not", "n't", "not")]
    public void Between_ThenApplyToAnotherWord_TransfersTheChange(string form, string lemma, string other, string expected)
    {
        var rule = LemmaRule.Between(form, lemma);

        Assert.Equal(lemma, rule.Apply(form));
        Assert.Equal(expected, rule.Apply(other));
    }
}
