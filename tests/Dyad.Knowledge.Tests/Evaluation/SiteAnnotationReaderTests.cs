using Dyad.Knowledge.Evaluation;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Evaluation;

public sealed class SiteAnnotationReaderTests
{
    [Fact]
    public void Read_Items_KeyedByIdWithTagsAndMentions()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("corpus.jsonl",
            """
            {"id": 7, "text": "x", "geography_tags": ["Qatar"], "inline_mentions": [{"name": "Medvedev Dmitry", "description": "", "catalog": "/catalog/persons/37/events"}, {"name": "EAEU", "description": "", "catalog": "/catalog/glossary/89"}]}
            not json
            {"id": "a8", "text": "y"}

            """);

        var items = SiteAnnotationReader.Read(path);

        Assert.Equal(["7", "a8"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Qatar"], items["7"].GeographyTags);
        Assert.Equal([true, false], items["7"].InlineMentions.Select(m => m.IsPerson));
        Assert.Equal("Medvedev", items["7"].InlineMentions[0].FamilyName);
        Assert.Empty(items["a8"].InlineMentions);
    }
}
