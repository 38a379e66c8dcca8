using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Tests.Petrarch;

public sealed class PetrarchActorReaderTests
{
    // Our own fixture: one record per rule or quirk of the format, with the line numbers the tests expect.
    private const string Fixture =
        "<!-- TEST ACTORS\n" +                           // 1  SGML comment block over lines
        "# still inside the block -->\n" +               // 2
        "KYRGYZSTAN_  [KGZ] # country\n" +               // 3  code on the name line
        "+KYRGYZ_\n" +                                   // 4  synonym
        "+KIRGHIZ REPUBLIC\n" +                          // 5  blank instead of underscore
        "\n" +                                           // 6
        "SADYR_JAPAROV_\n" +                             // 7  restrictions on tab lines, unordered
        "+SADYR_ZHAPAROV_\n" +                           // 8
        "\t[KGZGOV >20210128]\n" +                       // 9  YYYYMMDD from
        "\t[KGZOPP 170101-201013]\n" +                   // 10 YYMMDD range
        "\t[KGZELI]\n" +                                 // 11 default
        "\n" +                                           // 12
        "OLD_RULER_ [XXX]\n" +                           // 13
        "\t[XXXGOV < 950101]\n" +                        // 14 blank after '<'
        "\t[XXXREB 19950102 - 19991231]\n" +             // 15 blanks around '-'
        "\t[XXXGOV 19960101-19961231]\n" +               // 16 overlaps line 15: file order wins
        "\n" +                                           // 17
        "IVO_JOSIPOVIC_\n" +                             // 18 consecutive codeless primaries are one actor
        "+JOSIPOVIC_\n" +                                // 19 even after a synonym
        "PRESIDENT_JOSIPOVIC_\n" +                       // 20
        "\t[HRVGOV >100218]\n" +                         // 21
        "BAD_DATES_ [AAA] [BBB 2004017-20061201] [CCC 990101-980101]\n" + // 22 seven-digit date; reversed range
        "NO_OPERATOR_\t[DDD 20121204]\n" +               // 23 date without < > -
        "LOWER_ [pse]\n" +                               // 24 lower-case code
        "DISCARD_ [+++]\n" +                             // 25 TABARI discard code
        "NULL_ [---]\n" +                                // 26 null code
        "SHIRE_ [FRO/BIL]\n" +                           // 27 compound actor
        "\t[ORPHAN]\n";                                  // 28 belongs to SHIRE_

    [Fact]
    public void Parse_Fixture_ReadsOneEntryPerRecord()
    {
        var result = PetrarchActorReader.Parse(Fixture, "fixture.actors.txt");

        Assert.Equal(
            ["KYRGYZSTAN", "SADYR JAPAROV", "OLD RULER", "IVO JOSIPOVIC", "BAD DATES", "NO OPERATOR", "LOWER", "DISCARD", "NULL", "SHIRE"],
            result.Value.Select(e => string.Join(' ', e.Phrases[0])));
        Assert.Equal([3, 7, 13, 18, 22, 23, 24, 25, 26, 27], result.Value.Select(e => e.Source.Line));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Parse_Synonyms_AreWordsSplitOnBlanksAndUnderscores()
    {
        var kyrgyzstan = PetrarchActorReader.Parse(Fixture, "f").Value[0];

        Assert.Equal([["KYRGYZSTAN"], ["KYRGYZ"], ["KIRGHIZ", "REPUBLIC"]], kyrgyzstan.Phrases);
    }

    [Theory]
    [InlineData("2023-05-08", "KGZGOV")]
    [InlineData("2021-01-28", "KGZGOV")]
    [InlineData("2021-01-27", "KGZELI")]
    [InlineData("2020-10-13", "KGZOPP")]
    [InlineData("2017-01-01", "KGZOPP")]
    [InlineData("2016-12-31", "KGZELI")]
    public void CodeOn_UnorderedRestrictions_FirstMatchingElseDefault(string date, string expected)
    {
        var japarov = PetrarchActorReader.Parse(Fixture, "f").Value[1];

        Assert.Equal(expected, japarov.CodeOn(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("1995-01-01", "XXXGOV")]
    [InlineData("1995-01-02", "XXXREB")]
    [InlineData("1996-06-01", "XXXREB")]
    [InlineData("2000-01-01", "XXX")]
    public void CodeOn_BlanksAndOverlaps_FileOrderDecides(string date, string expected)
    {
        var ruler = PetrarchActorReader.Parse(Fixture, "f").Value[2];

        Assert.Equal(expected, ruler.CodeOn(DateOnly.Parse(date)));
    }

    [Fact]
    public void Parse_ConsecutiveCodelessPrimaries_ShareTheFollowingCodes()
    {
        var josipovic = PetrarchActorReader.Parse(Fixture, "f").Value[3];

        Assert.Equal([["IVO", "JOSIPOVIC"], ["JOSIPOVIC"], ["PRESIDENT", "JOSIPOVIC"]], josipovic.Phrases);
        Assert.Equal("HRVGOV", josipovic.CodeOn(new DateOnly(2012, 1, 1)));
        Assert.Null(josipovic.CodeOn(new DateOnly(2009, 1, 1)));
    }

    [Theory]
    [InlineData(22, "date '2004017'")]
    [InlineData(22, "ends before it starts")]
    [InlineData(23, "has no '<', '>' or '-'")]
    [InlineData(24, "not upper case")]
    [InlineData(25, "TABARI discard code")]
    public void Parse_MalformedEntry_WarnsWithLine(int line, string message)
    {
        var diagnostics = PetrarchActorReader.Parse(Fixture, "fixture.actors.txt").Diagnostics;

        Assert.Contains(diagnostics, d => d.Line == line && d.Severity == DiagnosticSeverity.Warning && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.StartsWith($"fixture.actors.txt:{d.Line}: warning: ", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedRestriction_KeepsTheRestOfTheEntry()
    {
        var bad = PetrarchActorReader.Parse(Fixture, "f").Value[4];

        Assert.Equal(["AAA"], bad.Codes.Select(c => c.Code));
    }

    [Theory]
    [InlineData(5, "2013-01-01", "DDD")]
    [InlineData(5, "2012-12-03", null)]
    [InlineData(6, "2013-01-01", "PSE")]
    [InlineData(7, "2013-01-01", "+++")]
    [InlineData(8, "2013-01-01", null)]
    [InlineData(9, "2013-01-01", "FRO/BIL")]
    public void CodeOn_SpecialCodes_ReadAsDocumented(int entry, string date, string? expected) =>
        Assert.Equal(expected, PetrarchActorReader.Parse(Fixture, "f").Value[entry].CodeOn(DateOnly.Parse(date)));

    [Fact]
    public void Parse_RestrictionBeforeAnyActor_Warns()
    {
        var result = PetrarchActorReader.Parse("\t[KGZ]\n", "f");

        Assert.Empty(result.Value);
        Assert.Equal(1, Assert.Single(result.Diagnostics).Line);
    }
}
