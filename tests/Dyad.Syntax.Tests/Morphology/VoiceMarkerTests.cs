using Dyad.Syntax.Morphology;

namespace Dyad.Syntax.Tests.Morphology;

public sealed class VoiceMarkerTests
{
    [Theory]
    [InlineData(new[] { "NNS", "VBD", "VBN" }, new[] { "talk", "be", "hold" }, new[] { 3, 3, 0 }, new[] { "nsubj:pass", "aux:pass", "root" }, 2, true)]
    [InlineData(new[] { "PRP", "VBZ", "VBN" }, new[] { "he", "have", "hold" }, new[] { 3, 3, 0 }, new[] { "nsubj", "aux", "root" }, 2, false)]
    [InlineData(new[] { "PRP", "VBZ", "VBN", "VBN" }, new[] { "it", "have", "be", "hold" }, new[] { 4, 4, 4, 0 }, new[] { "nsubj:pass", "aux", "aux:pass", "root" }, 3, true)]
    [InlineData(new[] { "PRP", "VBZ", "VBN", "VBN" }, new[] { "it", "have", "be", "hold" }, new[] { 4, 4, 4, 0 }, new[] { "nsubj:pass", "aux", "aux:pass", "root" }, 2, false)]
    [InlineData(new[] { "NNS", "VBN" }, new[] { "soldier", "kill" }, new[] { 0, 1 }, new[] { "root", "acl" }, 1, true)]
    [InlineData(new[] { "PRP", "VBD" }, new[] { "they", "hold" }, new[] { 2, 0 }, new[] { "nsubj", "root" }, 1, false)]
    public void IsPassive_Participles_FollowsTheParse(string[] xpos, string[] lemmas, int[] heads, string[] relations, int word, bool expected)
    {
        Assert.Equal(expected, VoiceMarker.IsPassive(word, xpos, lemmas, heads, relations));
    }

    [Theory]
    [InlineData("_", "Voice=Pass")]
    [InlineData("Tense=Past|VerbForm=Part", "Tense=Past|VerbForm=Part|Voice=Pass")]
    public void Mark_Features_AddsVoiceInOrder(string features, string expected)
    {
        Assert.Equal(expected, VoiceMarker.Mark(features));
    }
}
