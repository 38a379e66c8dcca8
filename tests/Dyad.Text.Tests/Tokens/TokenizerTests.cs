using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Text.Tokens;

namespace Dyad.Text.Tests.Tokens;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("They don't agree.", "They|do|n't|agree|.")]
    [InlineData("We can't and won't.", "We|ca|n't|and|wo|n't|.")]
    [InlineData("DON'T GO", "DO|N'T|GO")]
    [InlineData("They cannot go.", "They|can|not|go|.")]
    [InlineData("I'm gonna win", "I|'m|gon|na|win")]
    [InlineData("Putin's visit", "Putin|'s|visit")]
    [InlineData("the Kremlin’s website", "the|Kremlin|’s|website")]
    [InlineData("we'll, they're, you've, he'd", "we|'ll|,|they|'re|,|you|'ve|,|he|'d")]
    [InlineData("the leaders' talks", "the|leaders|'|talks")]
    [InlineData("O'Brien said", "O'Brien|said")]
    [InlineData("(Reuters)", "(|Reuters|)")]
    [InlineData("\"Yes,\" she said.", "\"|Yes|,|\"|she|said|.")]
    [InlineData("“Yes.”", "“|Yes|.|”")]
    [InlineData("Mr. Putin and Dr. Smith", "Mr.|Putin|and|Dr.|Smith")]
    [InlineData("Vladimir V. Putin", "Vladimir|V.|Putin")]
    [InlineData("the U.S. and U.N. agreed", "the|U.S.|and|U.N.|agreed")]
    [InlineData("Lt. Col. Smith of St. Louis", "Lt.|Col.|Smith|of|St.|Louis")]
    [InlineData("on Jan. 5 at 5 p.m. local", "on|Jan.|5|at|5|p.m.|local")]
    [InlineData("No. 5 and no more.", "No.|5|and|no|more|.")]
    [InlineData("He said no.", "He|said|no|.")]
    [InlineData("3.5 percent of 1,000 on 9/11 at 5:30", "3.5|percent|of|1,000|on|9/11|at|5:30")]
    [InlineData("$5 and 10%", "$|5|and|10|%")]
    [InlineData("-5 degrees", "-5|degrees")]
    [InlineData("and/or", "and|/|or")]
    [InlineData("b/c it w/o", "b/c|it|w/o")]
    [InlineData("pre- and post-war", "pre-|and|post-war")]
    [InlineData("the claim- 'backlog'", "the|claim|-|'|backlog|'")]
    [InlineData("nice :-). Yes", "nice|:-)|.|Yes")]
    [InlineData(":Dallas", ":|Dallas")]
    [InlineData("Wait... what?!", "Wait|...|what|?!")]
    [InlineData("So -- no.", "So|--|no|.")]
    [InlineData("see https://tass.com/politics/1.html.", "see|https://tass.com/politics/1.html|.")]
    [InlineData("mail info@kremlin.ru, now", "mail|info@kremlin.ru|,|now")]
    [InlineData("www.kremlin.ru", "www.kremlin.ru")]
    [InlineData("#IStandWithAhmed @POTUS", "#IStandWithAhmed|@POTUS")]
    [InlineData("great :-) really", "great|:-)|really")]
    [InlineData("i dont know", "i|do|nt|know")]
    [InlineData("[...] more", "[...]|more")]
    [InlineData("call 713-853-3989", "call|713-853-3989")]
    public void Tokenize_UdEnglishCase_SplitsAsGold(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextSamples.Tokens(text));

    [Theory]
    [InlineData("an all-girl team", "an|all|-|girl|team")]
    [InlineData("a 14-year-old boy", "a|14|-|year|-|old|boy")]
    [InlineData("the co-founder", "the|co-founder")]
    [InlineData("anti-establishment and non-Muslim", "anti-establishment|and|non-Muslim")]
    [InlineData("pro-Beijing camp", "pro-Beijing|camp")]
    [InlineData("from 1969-1970", "from|1969|-|1970")]
    [InlineData("Wu Chi-wai said", "Wu|Chi-wai|said")]
    [InlineData("al-Qaeda", "al|-|Qaeda")]
    public void Tokenize_HyphenatedWord_FollowsUdEnglish(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextSamples.Tokens(text));

    [Theory]
    [InlineData("an all-girl team", "an|all-girl|team")]
    [InlineData("a 14-year-old boy", "a|14-year-old|boy")]
    [InlineData("the co-founder", "the|co-founder")]
    public void Tokenize_KeepHyphens_KeepsHyphenatedWordsWhole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextSamples.Tokens(text, TextOptions.Default with { FindDateline = false, SplitHyphens = false }));

    [Fact]
    public void Tokenize_Range_CoversOnlyThatRangeWithOffsetsIntoTheText()
    {
        const string text = "skip this. Mr. Putin's visit";
        var tokens = ImmutableArray.CreateBuilder<Token>();

        Tokenizer.Tokenize(text, 11, text.Length, TextOptions.Default, tokens);

        Assert.Equal(["Mr.", "Putin", "'s", "visit"], tokens.Select(t => t.ToString(text)));
        Assert.Equal(11, tokens[0].Start);
    }
}
