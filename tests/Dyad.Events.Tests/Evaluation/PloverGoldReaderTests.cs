using System.Text;
using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class PloverGoldReaderTests
{
    private static readonly DateOnly Default = new(2024, 3, 1);

    private static GoldSet Parse(string content, DateOnly? date) => PloverGoldReader.Parse(Encoding.UTF8.GetBytes(content), "plover.json", date);

    [Fact]
    public void Parse_JsonArray_ReadsRecordsWithTheirLines()
    {
        const string content = """
            [
              {"id": "a", "text": "Arnor met Gondor.", "date": "2023-05-08", "event": "CONSULT",
               "source": [{"actorText": "Arnor", "code": "ARN", "sector": "GOV"}], "target": [{"actorText": "Gondor", "code": "GON"}]},
              {"text": "Nothing happened.", "event": null}
            ]
            """;

        var gold = Parse(content, Default);

        Assert.Empty(gold.Problems);
        Assert.Equal(["a", "line-4"], gold.Items.Select(i => i.Id));
        Assert.Equal([2L, 4L], gold.Items.Select(i => i.Line));
        Assert.Equal(new DateOnly(2023, 5, 8), gold.Items[0].Date);
        Assert.Equal(["ARNGOV->GON CONSULT"], EventDyads.Of(gold.Items[0].Events).Select(d => d.ToString()));
        Assert.Equal(Default, gold.Items[1].Date);
        Assert.Empty(gold.Items[1].Events);
    }

    [Fact]
    public void Parse_JsonLinesSharingAnId_AreOneTextWithTwoEvents()
    {
        const string content = """
            {"id": 1, "text": "Arnor and Gondor met.", "event": "CONSULT", "source": [{"actorText": "Arnor", "code": "ARN"}], "target": [{"actorText": "Gondor", "code": "GON"}]}
            {"id": 1, "text": "Arnor and Gondor met.", "event": "CONSULT", "source": [{"actorText": "Gondor", "code": "GON"}], "target": [{"actorText": "Arnor", "code": "ARN"}]}
            """;

        var gold = Parse(content, Default);

        var item = Assert.Single(gold.Items);
        Assert.Equal(["ARN->GON CONSULT", "GON->ARN CONSULT"], EventDyads.Of(item.Events).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("{\"text\": \"A.\"}", null, "record has no \"date\"; give one or pass --date YYYY-MM-DD")]
    [InlineData("{\"date\": \"2024-01-01\"}", "2024-01-01", "record has no \"text\"")]
    [InlineData("{\"text\": \"A.\", \"event\": \"CONSULT\", \"source\": [\"ARN\"]}", "2024-01-01", "\"source\" must be a list of {\"actorText\", \"code\"} objects")]
    [InlineData("{\"text\": \"A.\", \"event\": \"CONSULT\", \"source\": [{\"actorText\": \"A\"}]}", "2024-01-01", "record has no \"code\"")]
    [InlineData("{\"text\": ", "2024-01-01", "not valid JSON")]
    public void Parse_BadJsonLine_ReportsFileAndLineAndReadsTheNext(string bad, string? date, string problem)
    {
        var content = bad + "\n{\"text\": \"B.\", \"date\": \"2024-01-02\"}\n";

        var gold = Parse(content, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var reported = Assert.Single(gold.Problems);
        Assert.Equal(("plover.json", 1L), (reported.Path, reported.Line));
        Assert.Contains(problem, reported.Message, StringComparison.Ordinal);
        Assert.Equal("B.", Assert.Single(gold.Items).Text);
    }

    [Fact]
    public void Parse_ArrayWithABadElement_ReportsItsLineAndKeepsTheOthers()
    {
        const string content = "[\n  {\"text\": \"A.\"},\n  \"not a record\",\n  {\"text\": \"B.\"}\n]";

        var gold = Parse(content, Default);

        Assert.Equal(["A.", "B."], gold.Items.Select(i => i.Text));
        var reported = Assert.Single(gold.Problems);
        Assert.Equal(3L, reported.Line);
        Assert.Contains("expected a JSON object", reported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenArray_ReportsWhereItBreaks()
    {
        const string content = "[\n  {\"text\": \"A.\"},\n  {\"text\": \n]";

        var gold = Parse(content, Default);

        Assert.Equal("A.", Assert.Single(gold.Items).Text);
        Assert.Equal(4L, Assert.Single(gold.Problems).Line);
    }

    [Fact]
    public void Parse_SameIdOtherText_IsReported()
    {
        const string content = "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"a\", \"text\": \"B.\"}\n";

        var gold = Parse(content, Default);

        Assert.Equal("A.", Assert.Single(gold.Items).Text);
        Assert.Equal(2L, Assert.Single(gold.Problems).Line);
    }
}
