using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchIssueReaderTests
{
    private const string Fixture =
        "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n" + // 1
        "n:school [SCHOOLS]\n" +                         // 2
        "pre+n:school [EARLY]\n" +                       // 3
        "ethnic v:purge [ATROCITY]  # comment\n" +       // 4
        "~a head start\n" +                              // 5
        "~~Armenian genocide\n" +                        // 6
        "european central bank\n" +                      // 7 no code
        "</ISSUE>\n" +                                   // 8
        "higher education [POSTSECONDARY]\n";            // 9 outside a section

    [Theory]
    [InlineData(2, "SCHOOL|SCHOOLS")]
    [InlineData(3, "PRE SCHOOL|PRE SCHOOLS|PRE-SCHOOL|PRE-SCHOOLS")]
    [InlineData(4, "ETHNIC PURGE|ETHNIC PURGES|ETHNIC PURGED|ETHNIC PURGING")]
    [InlineData(9, "HIGHER EDUCATION")]
    public void Parse_Expansions_GiveEverySpelling(int line, string expected)
    {
        var entry = PetrarchIssueReader.Parse(Fixture, "f").Value.Single(e => e.Source.Line == line);

        Assert.Equal(expected.Split('|').Order(), entry.Phrases.Order());
    }

    [Fact]
    public void Parse_Sections_GiveCategoryAndIgnoreLevels()
    {
        var result = PetrarchIssueReader.Parse(Fixture, "f");

        Assert.Equal(
            [(2, "SCHOOLS", "EDUCATION", 0), (3, "EARLY", "EDUCATION", 0), (4, "ATROCITY", "EDUCATION", 0), (5, null, "EDUCATION", 1), (6, null, "EDUCATION", 2), (9, "POSTSECONDARY", null, 0)],
            result.Value.Select(e => (e.Source.Line, e.Code, e.Category, e.IgnoreLevel)));
        Assert.Equal(7, Assert.Single(result.Diagnostics).Line);
    }
}
