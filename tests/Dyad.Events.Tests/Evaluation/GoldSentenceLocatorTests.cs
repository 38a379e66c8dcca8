using Dyad.Core.Stories;
using Dyad.Events.Evaluation;
using Dyad.Input;
using Dyad.Testing;

namespace Dyad.Events.Tests.Evaluation;

public sealed class GoldSentenceLocatorTests
{
    private const string GoldFile = "gold/kremlin-dev.jsonl";

    private const string CorpusFile = "corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl";

    [Fact]
    public void EventsIn_SentenceInText_KeepsTheEventsTriggeredInsideIt()
    {
        const string text = "Title\n\nA met B. C called D.";
        var story = new Story
        {
            Id = "1",
            Text = text,
            Events = [Events.Coded("A->B", "040", trigger: text.IndexOf("met", StringComparison.Ordinal)), Events.Coded("C->D", "041", trigger: text.IndexOf("called", StringComparison.Ordinal))],
        };

        var events = GoldSentenceLocator.EventsIn(story, "C called D.");

        Assert.Equal(["041"], events!.Value.Select(e => e.CameoCode));
    }

    [Fact]
    public void EventsIn_SentenceNotInText_IsNull()
    {
        var story = new Story { Id = "1", Text = "A met B." };

        Assert.Null(GoldSentenceLocator.EventsIn(story, "A met C."));
    }

    [SharedFact(GoldFile, CorpusFile)]
    public void EventsIn_SharedGold_FindsAll113SentencesInTheStoriesStoryReaderReads()
    {
        var gold = SentenceGoldReader.Read(SharedData.PathOf(GoldFile));
        var wanted = gold.Items.Select(i => i.StoryId!).ToHashSet(StringComparer.Ordinal);
        var stories = new StoryReader(ReaderOptions.Default, () => Stream.Null).ReadFile(SharedData.PathOf(CorpusFile))
            .Select(r => r.Story)
            .OfType<Story>()
            .Where(s => wanted.Contains(s.Id))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);

        var found = gold.Items.Count(i => stories.TryGetValue(i.StoryId!, out var story) && GoldSentenceLocator.EventsIn(story, i.Text) is not null);

        Assert.Equal(113, gold.Items.Length);
        Assert.Equal(113, found);
    }
}
