using Dyad.Core.Conllu;
using Dyad.Text.Evaluation;

namespace Dyad.Text.Tests.Evaluation;

public sealed class GoldDocumentReaderTests
{
    private static List<GoldDocument> ReadFixture() =>
        [.. GoldDocumentReader.Read(ConlluReader.Read(new StringReader(ConlluFixture.Text), "fixture.conllu"), "fixture")];

    [Fact]
    public void Read_NewdocAndNewpar_SplitsDocumentsAndJoinsParagraphsByNewline()
    {
        var documents = ReadFixture();

        Assert.Equal(["d1", "d2"], documents.Select(d => d.Id));
        Assert.Equal("They don't agree. Mr. Smith came.\nHeading", documents[0].Text);
        Assert.Equal("Del Mar wins", documents[1].Text);
    }

    [Fact]
    public void Read_Sentences_GivesTheirEndOffsets()
    {
        var document = ReadFixture()[0];

        Assert.Equal([17, 33, 41], document.SentenceEnds.ToArray());
    }

    [Fact]
    public void Read_AlignableMultiwordToken_GivesEachWordItsSpan()
    {
        var document = ReadFixture()[0];

        Assert.Equal(
            ["They", "do", "n't", "agree", ".", "Mr.", "Smith", "came", ".", "Heading"],
            document.Words.Select(w => w.ToString(document.Text)));
    }

    [Fact]
    public void Read_UnalignableMultiwordToken_CountsTheTokenAsOneUnit()
    {
        var document = ReadFixture()[1];

        Assert.Equal(["Del", "Mar", "wins"], document.Words.Select(w => w.ToString(document.Text)));
        Assert.Equal(0, document.UnalignedWords);
    }

    [Fact]
    public void Read_Document_GivesEveryGoldWordOfItsSentencesASpanOrNone()
    {
        var documents = ReadFixture();

        Assert.Equal([3, 1], documents.Select(d => d.Sentences.Length));
        Assert.Equal(
            ["They", "do", "n't", "agree", ".", "Mr.", "Smith", "came", ".", "Heading"],
            documents[0].WordSpans.Select(s => s?.ToString(documents[0].Text)));
        Assert.Equal([null, null, "Mar", "wins"], documents[1].WordSpans.Select(s => s?.ToString(documents[1].Text)));
    }
}
