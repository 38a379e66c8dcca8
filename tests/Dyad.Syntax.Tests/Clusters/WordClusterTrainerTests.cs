using Dyad.Syntax.Clusters;

namespace Dyad.Syntax.Tests.Clusters;

public sealed class WordClusterTrainerTests
{
    private static readonly WordClusterOptions ThreeClasses = new() { ClassCounts = [3], MinimumCount = 1 };

    /// <summary>Determiners, nouns and verbs in every combination: each group shares its neighbours.</summary>
    private static IReadOnlyList<string>[] Sentences { get; } =
    [
        .. from determiner in new[] { "the", "a", "The" }
           from noun in new[] { "cat", "dog", "bird" }
           from verb in new[] { "runs", "sleeps", "sings" }
           select (IReadOnlyList<string>)[determiner, noun, verb],
    ];

    [Theory]
    [InlineData("the", "a")]
    [InlineData("cat", "dog")]
    [InlineData("dog", "bird")]
    [InlineData("runs", "sleeps")]
    [InlineData("sleeps", "sings")]
    public void Train_WordsWithTheSameNeighbours_ShareAClass(string first, string second)
    {
        var clusters = WordClusterTrainer.Train(Sentences, ThreeClasses);

        Assert.Equal(ClassOf(clusters, first), ClassOf(clusters, second));
    }

    [Theory]
    [InlineData("the", "cat")]
    [InlineData("cat", "runs")]
    [InlineData("the", "runs")]
    public void Train_WordsInDifferentPositions_GetDifferentClasses(string first, string second)
    {
        var clusters = WordClusterTrainer.Train(Sentences, ThreeClasses);

        Assert.NotEqual(ClassOf(clusters, first), ClassOf(clusters, second));
    }

    [Fact]
    public void Train_UpperAndLowerCase_ClustersTheLowerCasedWordOnce()
    {
        var clusters = WordClusterTrainer.Train(Sentences, ThreeClasses);

        Assert.Equal(8, clusters.WordCount);
        Assert.DoesNotContain("The", Enumerable.Range(0, clusters.WordCount).Select(clusters.Word));
    }

    [Fact]
    public void Train_WordsBelowMinimumCount_AreLeftOut()
    {
        var clusters = WordClusterTrainer.Train([.. Sentences, ["a", "unicorn", "sings"]], ThreeClasses with { MinimumCount = 2 });

        Assert.DoesNotContain("unicorn", Enumerable.Range(0, clusters.WordCount).Select(clusters.Word));
    }

    [Fact]
    public void Train_SeveralClassCounts_GivesOneClusteringEachWithClassesInRange()
    {
        var clusters = WordClusterTrainer.Train(Sentences, new WordClusterOptions { ClassCounts = [2, 5], MinimumCount = 1 });

        Assert.Equal([2, 5], clusters.ClassCounts);
        for (var word = 0; word < clusters.WordCount; word++)
        {
            Assert.InRange(clusters.Class(0, word), 0, 1);
            Assert.InRange(clusters.Class(1, word), 0, 4);
        }
    }

    [Fact]
    public void Train_SameSentencesTwice_GivesSameClasses()
    {
        var first = WordClusterTrainer.Train(Sentences, ThreeClasses);
        var second = WordClusterTrainer.Train(Sentences, ThreeClasses);

        Assert.Equal(Describe(first), Describe(second));
    }

    private static int ClassOf(WordClusters clusters, string word) =>
        clusters.Class(0, Enumerable.Range(0, clusters.WordCount).Single(i => clusters.Word(i) == word));

    private static string[] Describe(WordClusters clusters) =>
        [.. Enumerable.Range(0, clusters.WordCount).Select(i => $"{clusters.Word(i)} {clusters.Class(0, i)}")];
}
