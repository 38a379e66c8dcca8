using Dyad.Core.Conllu;
using Dyad.Mentions.Coreference;
using Dyad.Testing;

namespace Dyad.Mentions.Tests.Coreference;

public sealed class GumEntityReaderTests
{
    private static GumDocument Fixture() => Assert.Single(GumEntityReader.Read(ConlluReader.Read(new StringReader(GumFixture.Conllu), "fixture.conllu"), "fixture"));

    [Fact]
    public void Read_Fixture_RebuildsTheTextAndTheDate()
    {
        var document = Fixture();

        Assert.Equal("fixture", document.Id);
        Assert.Equal(GumFixture.Text, document.Text);
        Assert.Equal(new DateOnly(2023, 5, 8), document.Date);
    }

    [Fact]
    public void Read_Fixture_GivesEveryMentionWithSpanHeadAndEntityInTextOrder()
    {
        var document = Fixture();
        var text = document.Text;

        Assert.Equal(
            ["1 person Vladimir Putin/Vladimir", "2 person Sadyr Japarov/Sadyr", "1 person He/He", "2 person his guest/guest", "1 person his/his"],
            document.Mentions.Select(m => $"{m.Entity} {m.Type} {m.Span.ToString(text)}/{m.Head.ToString(text)}"));
        Assert.Equal(["PROPN", "PROPN", "PRON", "NOUN", "PRON"], document.Mentions.Select(m => m.HeadUpos));
    }

    [Fact]
    public void Read_TwoDocuments_StartsANewDocumentAtNewdoc()
    {
        var twice = GumFixture.Conllu + GumFixture.Conllu.Replace("newdoc id = fixture", "newdoc id = second", StringComparison.Ordinal);

        var documents = GumEntityReader.Read(ConlluReader.Read(new StringReader(twice), "twice.conllu"), "twice").ToList();

        Assert.Equal(["fixture", "second"], documents.Select(d => d.Id));
        Assert.All(documents, d => Assert.Equal(5, d.Mentions.Length));
    }

    /// <summary>The mention counts by type that the corpus note gives for the 24 GUM news documents.</summary>
    [SharedFact("corpora/news/gum/conllu")]
    public void ReadFile_GumNews_FindsTheMentionsTheCorpusNoteCounts()
    {
        var documents = Directory.EnumerateFiles(SharedData.PathOf("corpora/news/gum/conllu"), "*.conllu").SelectMany(GumEntityReader.ReadFile).ToList();
        var byType = documents.SelectMany(d => d.Mentions).CountBy(m => m.Type).ToDictionary();

        Assert.Equal(24, documents.Count);
        Assert.All(documents, d => Assert.NotNull(d.Date));
        Assert.Equal(1213, byType["person"]);
        Assert.Equal(707, byType["organization"]);
        Assert.Equal(562, byType["place"]);
        Assert.All(documents.SelectMany(d => d.Mentions), m => Assert.False(m.Span.IsEmpty));
    }
}
