using Dyad.Events.Evaluation;
using Dyad.Testing;

namespace Dyad.Events.Tests.Evaluation;

public sealed class PetrarchValidationReaderTests
{
    private const string RecordsFile = "compat/petrarch2-validate/PETR_Validate_records_2_02.xml";

    // The quirks of the real file, in made-up records: '#' banners and a <Sentence> inside a comment, <PLEvent> lines,
    // a <Parse> block closed on the </Sentence> line, a self-closing <Sentence/>, entities, noevents and error codings.
    private static readonly string[] Fixture =
    [
        "<?xml version='1.0' encoding='utf-8'?>",
        "<Validation>",
        "<!--",
        "#####",
        "#   Use <Sentence ... evaluate=\"false\"> to skip a case",
        "#####",
        "-->",
        "<Environment>",
        "    <Verbfile>verbs.txt</Verbfile>  <!-- a note -->",
        "</Environment>",
        "<Sentences>",
        "<Sentence category=\"DEMO\" date=\"19950107\" id=\"DEMO-07\" evaluate=\"true\">",
        "<!-- [Compound target] -->",
        "<EventCoding eventcode=\"012\" sourcecode=\"ARN\" targetcode=\"DAG\" />",
        "<EventCoding eventcode=\"012\" sourcecode=\"ARN\" targetcode=\"OSG\" />",
        "<PLEvent {\"event\": \"012\", \"source\": [{\"code\": \"ARN\"}]}>",
        "<Text>",
        "Arnor believes Dagolath &amp; Osgiliath ",
        "  can cope. ",
        "</Text>",
        "<Parse>",
        "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
        "</Parse></Sentence>",
        "<Sentence category=\"DEMO\" date=\"19950108\" id=\"DEMO-08\" evaluate=\"false\">",
        "<EventCoding eventcode=\"040\" sourcecode=\"ARN\" targetcode=\"GON\" />",
        "<Text>Skipped.</Text>",
        "</Sentence>",
        "<Sentence category=\"PARSING\" date=\"20080801\" id=\"PARSING-01\" evaluate=\"true\">",
        "<EventCoding noevents=\"True\"> </EventCoding>",
        "<Text>Nothing happened.</Text>",
        "</Sentence>",
        "<Sentence category=\"ERROR\" date=\"20080801\" id=\"ERROR-01\" evaluate=\"true\">",
        "<EventCoding error=\"dateline\" />",
        "<Text>CEBU CITY: -- Mayors met.</Text>",
        "</Sentence>",
        "<Sentence category=\"DEMO\" date=\"19950101\" id=\"DEMO-09\" evaluate=\"true\"/>",
        "</Sentences>",
        "</Validation>",
    ];

    [Fact]
    public void Parse_FileQuirks_KeepsTheEvaluatedRecordsWithTheirTriples()
    {
        var gold = PetrarchValidationReader.Parse(Fixture, "records.xml");

        Assert.Equal(["DEMO-07", "PARSING-01", "ERROR-01"], gold.Items.Select(i => i.Id));
        var first = gold.Items[0];
        Assert.Equal("DEMO", first.Category);
        Assert.Equal(new DateOnly(1995, 1, 7), first.Date);
        Assert.Equal("Arnor believes Dagolath & Osgiliath can cope.", first.Text);
        Assert.Equal(12, first.Line);
        Assert.Equal(["ARN->DAG 012", "ARN->OSG 012"], EventDyads.Of(first.Events).Select(d => d.ToString()));
        Assert.Empty(gold.Items[1].Events);
        Assert.Empty(gold.Items[2].Events);
    }

    [Fact]
    public void Parse_SelfClosingSentence_ReportsItHasNoText()
    {
        var gold = PetrarchValidationReader.Parse(Fixture, "records.xml");

        var problem = Assert.Single(gold.Problems);
        Assert.Equal("records.xml:36: record DEMO-09 has no <Text>; left out", problem.ToString());
    }

    [Theory]
    [InlineData("<Sentence category=\"A\" date=\"1995-01-01\" id=\"A-1\" evaluate=\"true\">", "<EventCoding noevents=\"True\" />", "records.xml:1: record A-1: date '1995-01-01' is not yyyymmdd; left out")]
    [InlineData("<Sentence category=\"A\" date=\"19950101\" id=\"A-1\" evaluate=\"true\">", "<EventCoding eventcode=\"010\" sourcecode=\"ARN\" />", "records.xml:2: record A-1: <EventCoding> needs eventcode, sourcecode and targetcode (or noevents=\"True\"); left out")]
    [InlineData("<Sentence category=\"A\" date=\"19950101\" id=\"A-1\" evaluate=\"true\">", "<!-- no coding -->", "records.xml:1: record A-1 has no <EventCoding>; left out")]
    public void Parse_BadRecord_ReportsFileAndLineAndReadsTheNext(string open, string coding, string expected)
    {
        string[] lines =
        [
            open, coding, "<Text>Arnor met Gondor.</Text>", "</Parse></Sentence>",
            "<Sentence category=\"A\" date=\"19950101\" id=\"A-2\" evaluate=\"true\">",
            "<EventCoding eventcode=\"040\" sourcecode=\"ARN\" targetcode=\"GON\" />",
            "<Text>Arnor met Gondor.</Text>", "</Sentence>",
        ];

        var gold = PetrarchValidationReader.Parse(lines, "records.xml");

        Assert.Equal(expected, Assert.Single(gold.Problems).ToString());
        Assert.Equal("A-2", Assert.Single(gold.Items).Id);
    }

    [Fact]
    public void Parse_RecordNotClosed_ReportsIt()
    {
        string[] lines = ["<Sentence category=\"A\" date=\"19950101\" id=\"A-1\" evaluate=\"true\">", "<EventCoding noevents=\"True\" />", "<Text>x</Text>"];

        var gold = PetrarchValidationReader.Parse(lines, "records.xml");

        Assert.Empty(gold.Items);
        Assert.Contains("record A-1 is not closed", Assert.Single(gold.Problems).Message, StringComparison.Ordinal);
    }

    [SharedFact(RecordsFile)]
    public void Read_SharedValidationRecords_Keeps264EvaluatedRecordsWithoutProblems()
    {
        var gold = PetrarchValidationReader.Read(SharedData.PathOf(RecordsFile));

        Assert.Empty(gold.Problems);
        Assert.Equal(264, gold.Items.Length);
        Assert.All(gold.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
        Assert.Equal(25, gold.Items.Count(i => i.Events.IsEmpty));
        Assert.Equal(308, gold.Items.Sum(i => EventDyads.Of(i.Events).Length));
    }
}
