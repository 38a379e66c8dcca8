using System.Globalization;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests;

/// <summary>The knowledge shipped in the repository's knowledge/ folder: valid, large enough, and right on the seed cases.</summary>
public sealed class BundledKnowledgeTests
{
    private static readonly DyadKnowledge Knowledge = DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge"));
    private static readonly ActorIndex Index = ActorIndex.Compile(Knowledge);

    [Fact]
    public void Load_BundledKnowledge_HasNoErrorsOrWarnings()
    {
        Assert.Empty(Knowledge.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_BundledKnowledge_MeetsTheCounts()
    {
        Assert.True(Knowledge.People.Sum(p => p.Roles.Count) >= 1500, "at least 1,500 role entries");
        Assert.True(Knowledge.Agents.Count >= 300, "at least 300 agents");
        Assert.True(Knowledge.Places.Count >= 1500, "at least 1,500 places");
        Assert.True(Knowledge.Agreements.Count >= 300, "at least 300 agreements");
        Assert.True(Knowledge.Countries.Count >= 249, "every ISO 3166 country");
    }

    [Theory]
    [InlineData("Vladimir Putin", "2023-05-08", "RUSGOV")]
    [InlineData("Putin", "2010-06-01", "RUSGOV")]
    [InlineData("Sadyr Japarov", "2023-05-08", "KGZGOV")]
    [InlineData("Sadyr Zhaparov", "2023-05-08", "KGZGOV")]
    [InlineData("Akylbek Japarov", "2023-05-08", "KGZGOV")]
    [InlineData("Kyrgyz", "2023-05-08", "KGZ")]
    [InlineData("Kyrgyzstan", "2023-05-08", "KGZ")]
    [InlineData("Russian military", "2023-05-08", "RUSMIL")]
    [InlineData("Kyrgyz opposition", "2023-05-08", "KGZOPP")]
    [InlineData("the Kyrgyz president", "2023-05-08", "KGZGOV")]
    public void Match_SeedStyleName_ResolvesOnItsDate(string phrase, string date, string code)
    {
        var mention = Assert.Single(Index.Match(phrase.Split(' '), Day(date)), m => m.Code is not null);

        Assert.Equal(code, mention.Code);
    }

    [Fact]
    public void Match_SadyrJaparovBeforeOffice_HasNoGovernmentCode()
    {
        var mentions = Index.Match(["Sadyr", "Japarov"], Day("2015-01-01"));

        Assert.DoesNotContain(mentions, m => m.Code == "KGZGOV");
    }

    [Fact]
    public void Match_Csto_IsAnIntergovernmentalOrganisation()
    {
        var mention = Assert.Single(Index.Match(["CSTO"], Day("2023-05-08")));

        Assert.StartsWith("IGO", mention.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_Capital_IsNeverAnActor()
    {
        Assert.DoesNotContain(Index.Match(["in", "Moscow"], Day("2023-05-08")), m => m.Code is not null);
    }

    [Fact]
    public void RoleAndOrganisationCodes_AreBuiltFromKnownCountriesOrganisationsAndSectors()
    {
        var actors = Knowledge.Countries.Select(c => c.Code).Concat(Knowledge.Organisations.Select(o => o.Code)).ToHashSet(StringComparer.Ordinal);
        var codes = Knowledge.People.SelectMany(p => p.Roles.Select(r => r.Code)).Concat(Knowledge.Organisations.Select(o => o.Code));

        var unknown = codes.Where(code => !DyadKnowledgeLoader.IsKnownActorCode(code, actors)).Distinct().ToList();

        Assert.Empty(unknown);
        Assert.All(Knowledge.Agents.SelectMany(a => a.Sectors), s => Assert.True(CameoSectors.IsKnown(s), s));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
