using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class PersonReaderTests
{
    private const string Header = "# format: people 1\n# sources: test\n";

    private const string Japarov =
        "japarov-sadyr | name: Sadyr Japarov | names: Sadyr Zhaparov | roles: KGZGOV 2020-10-14..2020-11-14 acting president, KGZGOV 2021-01-28.. president\n";

    [Theory]
    [InlineData("2023-05-08", "KGZGOV", "president")]
    [InlineData("2021-01-28", "KGZGOV", "president")]
    [InlineData("2021-01-27", null, null)]
    [InlineData("2020-11-14", "KGZGOV", "acting president")]
    [InlineData("2020-11-15", null, null)]
    [InlineData("2015-01-01", null, null)]
    public void RoleOn_DateBoundaries_IncludeBothEnds(string date, string? code, string? title)
    {
        var person = Assert.Single(PersonReader.Parse(Header + Japarov, "people.txt").Value);

        var role = person.RoleOn(DateOnly.Parse(date));

        Assert.Equal(code, role?.Code);
        Assert.Equal(title, role?.Title);
    }

    [Theory]
    [InlineData("roles: KGZGOV 2020-01-01..2021-01-01, KGZGOV 2020-06-01..", "overlap")]
    [InlineData("roles: KGZGOV 2021-01-01..2020-01-01", "ends before it starts")]
    [InlineData("roles: KGZGOV", "must be 'CODE FROM..TO")]
    [InlineData("roles: KGZGOV 2021-02-30..", "not a real day")]
    public void Parse_BadRoles_AreErrors(string roles, string message)
    {
        var result = PersonReader.Parse(Header + $"x | name: X | {roles}\n", "people.txt");

        Assert.Empty(result.Value);
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SameDaysDifferentCodes_AreAllowed()
    {
        var result = PersonReader.Parse(Header + "x | name: X | roles: KGZGOV 2020-01-01.., KGZOPP 2020-01-01..\n", "people.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, Assert.Single(result.Value).Roles.Count);
    }
}
