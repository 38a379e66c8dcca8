using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Input;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Mentions.Places;
using Dyad.Syntax;
using Dyad.Testing;
using Dyad.Text;

namespace Dyad.Mentions.Tests;

/// <summary>
/// Runs the stages before the mention stages (text, the shipped syntax model, actors from the bundled knowledge)
/// on a story written in a test, and gives the bundled knowledge and place index. Loaded once for all tests.
/// </summary>
internal static class MentionStories
{
    public static readonly DateOnly Day = new(2023, 5, 8);

    private static readonly Lazy<(ActorIndex Index, DyadKnowledge Knowledge)> Bundled = new(() =>
    {
        var (coding, errors) = ActorIndexSource.LoadKnowledge(Path.Combine(SharedData.RepositoryRoot, "knowledge"), null);
        return coding is not null ? (coding.Index, coding.Dyad) : throw new InvalidOperationException(string.Join('\n', errors));
    });

    private static readonly Lazy<StoryPipeline> Before = new(() => StoryPipeline.Build(
    [
        new TextStage(TextOptions.Default),
        new SyntaxStage(SyntaxModel.Load(Path.Combine(SharedData.RepositoryRoot, SyntaxModelFiles.RelativePath))),
        new ActorStage(Bundled.Value.Index),
    ]));

    private static readonly Lazy<PlaceIndex> BundledPlaces = new(() => PlaceIndex.Build(Knowledge.Places, Knowledge.Countries));

    public static DyadKnowledge Knowledge => Bundled.Value.Knowledge;

    public static PlaceIndex Places => BundledPlaces.Value;

    /// <summary>The story after the text, syntax and actor stages; a text opening with a dateline gets one.</summary>
    public static Story Analyze(string text, DateOnly? date = null) =>
        Before.Value.Run(new Story { Id = "test", Text = text, Date = date ?? Day });

    /// <summary>The seed story of issue 7 from ../shared, read as <c>dyad code</c> reads it.</summary>
    public static Story Seed()
    {
        var read = new StoryReader(ReaderOptions.Default, () => Stream.Null).ReadFile(SharedData.PathOf(SeedPath)).Single();
        return Before.Value.Run(read.Story ?? throw new InvalidOperationException("the seed story does not read"));
    }

    public const string SeedPath = "corpora/news/seed/tass-2023-05-08-putin-japarov.txt";
}
