using Dyad.Events.Evaluation;
using Dyad.Testing;

namespace Dyad.Events.Tests.Evaluation;

public sealed class SentenceGoldReaderTests
{
    private const string GoldFile = "gold/kremlin-dev.jsonl";

    [Fact]
    public void Parse_Records_ReadsSentencesEventsAndNoEventRecords()
    {
        string[] lines =
        [
            """{"id": "k-7-s1", "story_id": 7, "story_date": "2016-01-18", "sentence": "A met B.", "events": [{"source": ["RUSGOV", "KAZGOV"], "target": ["QATGOV"], "cameo": "040", "root": "04", "date": "2016-01"}], "actors": [], "notes": ""}""",
            "",
            """{"id": "k-7-s2", "story_id": 7, "story_date": "2016-01-18", "sentence": "Qatar is big.", "events": [], "notes": "NO EVENT"}""",
        ];

        var gold = SentenceGoldReader.Parse(lines, "gold.jsonl");

        Assert.Empty(gold.Problems);
        Assert.Equal(["k-7-s1", "k-7-s2"], gold.Items.Select(i => i.Id));
        var first = gold.Items[0];
        Assert.Equal("7", first.StoryId);
        Assert.Equal(new DateOnly(2016, 1, 18), first.Date);
        Assert.Equal("A met B.", first.Text);
        Assert.Equal(["RUSGOV->QATGOV 040", "KAZGOV->QATGOV 040"], EventDyads.Of(first.Events).Select(d => d.ToString()));
        Assert.Equal("2016-01", first.Events[0].Date);
        Assert.Equal(3, gold.Items[1].Line);
        Assert.Empty(gold.Items[1].Events);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "expected a JSON object")]
    [InlineData("""{"id": "x", "sentence": "A.", "events": []}""", "record x has no \"story_id\"")]
    [InlineData("""{"id": "x", "story_id": 1, "events": []}""", "record has no \"sentence\"")]
    [InlineData("""{"id": "x", "story_id": 1, "sentence": "A.", "events": [{"source": ["RUS"], "target": [3], "cameo": "040"}]}""", "\"target\" must be a list of actor codes")]
    [InlineData("""{"id": "x", "story_id": 1, "story_date": "18.01.2016", "sentence": "A.", "events": []}""", "is not a date")]
    public void Parse_BadRecord_ReportsFileAndLineAndReadsTheNext(string bad, string problem)
    {
        string[] lines = [bad, """{"id": "y", "story_id": 1, "sentence": "B.", "events": []}"""];

        var gold = SentenceGoldReader.Parse(lines, "gold.jsonl");

        var reported = Assert.Single(gold.Problems);
        Assert.Equal(("gold.jsonl", 1L), (reported.Path, reported.Line));
        Assert.Contains(problem, reported.Message, StringComparison.Ordinal);
        Assert.Equal("y", Assert.Single(gold.Items).Id);
    }

    [SharedFact(GoldFile)]
    public void Read_SharedGold_Reads113SentencesWith175Dyads()
    {
        var gold = SentenceGoldReader.Read(SharedData.PathOf(GoldFile));

        Assert.Empty(gold.Problems);
        Assert.Equal(113, gold.Items.Length);
        Assert.Equal(21, gold.Items.Count(i => i.Events.IsEmpty));
        Assert.Equal(175, gold.Items.Sum(i => EventDyads.Of(i.Events).Length));
    }
}
