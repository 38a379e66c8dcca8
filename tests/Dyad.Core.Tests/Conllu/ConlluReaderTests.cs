using Dyad.Core.Conllu;

namespace Dyad.Core.Tests.Conllu;

public sealed class ConlluReaderTests
{
    private const string Fixture =
        "# sent_id = s1\n" +
        "# text = They don't agree.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "3.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t0:root\t_\n" +
        "4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n";

    [Fact]
    public void Read_SentenceWithMultiwordTokenAndEmptyNode_KeepsWordsAndTokenSkipsEmptyNode()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Fixture), "fixture.conllu"));

        Assert.Equal("They don't agree.", sentence.Text);
        Assert.Equal("s1", sentence.SentenceId);
        Assert.Equal(["They", "do", "n't", "agree", "."], sentence.Words.Select(w => w.Form));
        Assert.Equal(new ConlluMultiwordToken(2, 3, "don't", "_"), Assert.Single(sentence.MultiwordTokens));
        Assert.False(sentence.Words[3].SpaceAfter);
        Assert.Equal(0, sentence.Words[3].Head);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameSentenceWithoutEmptyNodes()
    {
        var sentence = ConlluReader.Read(new StringReader(Fixture), "fixture.conllu").Single();
        var written = new StringWriter();

        ConlluWriter.Write(written, sentence);
        var reread = ConlluReader.Read(new StringReader(written.ToString()), "written.conllu").Single();

        Assert.Equal(sentence.Comments.ToArray(), reread.Comments.ToArray());
        Assert.Equal(sentence.Words.ToArray(), reread.Words.ToArray());
        Assert.Equal(sentence.MultiwordTokens.ToArray(), reread.MultiwordTokens.ToArray());
        Assert.DoesNotContain("3.1", written.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineWithNineFields_ThrowsWithFileAndLine()
    {
        var error = Assert.Throws<ConlluFormatException>(() =>
            ConlluReader.Read(new StringReader("# x\n1\tA\ta\tX\tX\t_\t0\troot\t_\n"), "bad.conllu").ToList());

        Assert.StartsWith("bad.conllu:2:", error.Message, StringComparison.Ordinal);
    }
}
