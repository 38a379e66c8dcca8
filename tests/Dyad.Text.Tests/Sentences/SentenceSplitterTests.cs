using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Text.Sentences;
using Dyad.Text.Tokens;

namespace Dyad.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Putin met Dr. Smith. They talked.", "Mr. Putin met Dr. Smith.|They talked.")]
    [InlineData("Vladimir V. Putin arrived. He spoke.", "Vladimir V. Putin arrived.|He spoke.")]
    [InlineData("Lt. Col. Ivanov of St. Petersburg spoke.", "Lt. Col. Ivanov of St. Petersburg spoke.")]
    [InlineData("The U.S. and U.N. agreed. Talks went on.", "The U.S. and U.N. agreed.|Talks went on.")]
    [InlineData("He moved to the U.S. The talks ended.", "He moved to the U.S.|The talks ended.")]
    [InlineData("U.S. President Biden spoke.", "U.S. President Biden spoke.")]
    [InlineData("Prices rose 3.5 percent to 1,000 on 9/11. Then fell.", "Prices rose 3.5 percent to 1,000 on 9/11.|Then fell.")]
    [InlineData("\"We agree.\" The talks went on.", "\"We agree.\"|The talks went on.")]
    [InlineData("He said: “We agree.” Then he left.", "He said: “We agree.”|Then he left.")]
    [InlineData("(He left.) She stayed.", "(He left.)|She stayed.")]
    [InlineData("\"Why?\" he asked.", "\"Why?\" he asked.")]
    [InlineData("Wait... what happened? Nobody knows!", "Wait... what happened?|Nobody knows!")]
    [InlineData("It was late... The end.", "It was late...|The end.")]
    [InlineData("It was late..... and dark.", "It was late..... and dark.")]
    [InlineData("It was late… and dark.", "It was late… and dark.")]
    [InlineData("See No. 5 in the list. Done.", "See No. 5 in the list.|Done.")]
    [InlineData("A headline without a stop\nThe story.", "A headline without a stop|The story.")]
    [InlineData("First paragraph ends\n\nSecond one.", "First paragraph ends|Second one.")]
    [InlineData("it was fun. we left early.", "it was fun.|we left early.")]
    [InlineData("Talks with Apple Inc. ended. The firm left.", "Talks with Apple Inc. ended.|The firm left.")]
    public void Split_Paragraph_FindsSentences(string text, string expected) =>
        Assert.Equal(expected.Split('|'), TextSamples.Sentences(text));

    [Fact]
    public void Split_Tokens_IndexesTokensAndSpansThem()
    {
        const string text = "He came. She left.";
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        Tokenizer.Tokenize(text, 0, text.Length, TextOptions.Default, tokens);

        SentenceSplitter.Split(text, tokens, 0, sentences);

        Assert.Equal([new Sentence(0, 8, 0, 3), new Sentence(9, 18, 3, 3)], sentences);
    }
}
