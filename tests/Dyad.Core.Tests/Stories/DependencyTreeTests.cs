using Dyad.Core.Stories;

namespace Dyad.Core.Tests.Stories;

public sealed class DependencyTreeTests
{
    // "Hi. Putin met the Kyrgyz president": the second sentence's words, heads within the sentence.
    private static readonly (string Word, int Head, string Relation)[] Second =
    [
        ("Putin", 1, "nsubj"), ("met", -1, "root"), ("the", 4, "det"), ("Kyrgyz", 4, "amod"), ("president", 1, "obj"),
    ];

    private static Story TwoSentences()
    {
        var text = "Hi. " + string.Join(' ', Second.Select(w => w.Word));
        var tokens = new List<Token> { new(0, 2), new(2, 3) };
        var syntax = new List<TokenSyntax> { new("INTJ", "UH", "hi", "_", -1, "root"), new("PUNCT", ".", ".", "_", 0, "punct") };
        var at = 4;
        foreach (var (word, head, relation) in Second)
        {
            tokens.Add(new Token(at, at + word.Length));
            syntax.Add(new TokenSyntax("X", "X", word, "_", head, relation));
            at += word.Length + 1;
        }

        return new Story
        {
            Id = "s",
            Text = text,
            Sentences = [new Sentence(0, 3, 0, 2), new Sentence(4, text.Length, 2, Second.Length)],
            Tokens = [.. tokens],
            Syntax = [.. syntax],
        };
    }

    [Fact]
    public void Children_SecondSentence_AreIndexedWithinTheSentence()
    {
        var tree = new DependencyTree(TwoSentences(), 1);

        Assert.Equal([0, 4], tree.Children(1));
        Assert.Equal(4, tree.Child(1, "obj"));
        Assert.Equal(-1, tree.Child(1, "iobj"));
        Assert.Equal(1, tree.Root());
        Assert.Equal(6, tree.Global(4));
    }

    [Fact]
    public void Subtree_SkippingAModifier_LeavesOutItsWords()
    {
        var tree = new DependencyTree(TwoSentences(), 1);

        Assert.Equal([2, 4], tree.Subtree(4, skip: w => tree.Relation(w) == "amod"));
        Assert.Equal((2, 4), tree.Extent(4));
        Assert.Equal((0, 4), tree.Extent(1));
    }

    [Fact]
    public void Token_SecondSentence_IsTheStoryToken()
    {
        var story = TwoSentences();
        var tree = new DependencyTree(story, 1);

        Assert.Equal("president", tree.Token(4).ToString(story.Text));
    }
}
