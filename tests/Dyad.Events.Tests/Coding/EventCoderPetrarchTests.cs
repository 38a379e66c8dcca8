namespace Dyad.Events.Tests.Coding;

public sealed class EventCoderPetrarchTests
{
    [Theory]
    [InlineData("Valdoria accused Kestria.", "VAL>KES:112")]
    [InlineData("Valdoria fired artillery at Kestria.", "VAL>KES:180")]
    [InlineData("Soldiers from Valdoria accused Kestria.", "VALMIL>KES:112")]
    [InlineData("The Valdorian government condemned an attack by Kestrian soldiers on Monday.", "VALGOV>KESMIL:111")]
    [InlineData("The ministers of Valdoria and Kestria accused Ithaca.", "VALGOV>ITH:112 KESGOV>ITH:112")]
    [InlineData("Valdoria condemned the closure of schools in Kestria.", "VAL>KES:111")]
    [InlineData("Relief agency Valdoria accused Kestria.", "NGOVAL>KES:112")]
    [InlineData("Valdoria accused Kestria after the football match.", "")]
    [InlineData("The earthquake was strong. Valdoria accused Kestria.", "")]
    [InlineData("The earthquakes were strong. Valdoria accused Kestria.", "VAL>KES:112")]
    public void Code_SentenceWithPetrarchDictionaries_GivesTheExpectedDyads(string text, string expected)
    {
        var dyads = PetrarchCodingPipeline.Dyads(text);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }
}
