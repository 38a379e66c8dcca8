using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Dyad;

public sealed class DyadKnowledgeLoaderTests
{
    [Fact]
    public void Load_BundledKnowledge_HasNoProblems()
    {
        var knowledge = DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge"));

        Assert.Empty(knowledge.Diagnostics);
        Assert.Contains(knowledge.Countries, c => c.Code == "KGZ");
        Assert.NotEmpty(knowledge.Agents);
        Assert.NotEmpty(knowledge.Places);
        Assert.NotEmpty(knowledge.Agreements);
    }

    [Theory]
    [InlineData("2023-05-08", "KGZGOV")]
    [InlineData("2015-01-01", null)]
    public void Load_BundledKnowledge_SadyrJaparovByDate(string date, string? code)
    {
        var knowledge = DyadKnowledgeLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge"));

        Assert.Equal(code, knowledge.People.Single(p => p.Id == "japarov-sadyr").RoleOn(DateOnly.Parse(date))?.Code);
    }

    [Theory]
    [InlineData("people.txt", "# format: people 1\n# sources: t\nx | name: X | roles: XYZGOV 2020-01-01..\n", "unknown code 'XYZGOV'")]
    [InlineData("people.txt", "# format: people 1\n# sources: t\nx | name: X | roles: KGZABC 2020-01-01..\n", "unknown code 'KGZABC'")]
    [InlineData("places.txt", "# format: places 1\n# sources: t\nX | country: XYZ | at: 1 1 | kind: city\n", "unknown country code 'XYZ'")]
    [InlineData("agreements.txt", "# format: agreements 1\n# sources: t\nX | signed: 2000-01-01 | parties: KGZ, XYZ\n", "unknown party code 'XYZ'")]
    public void Load_UnknownCodeAcrossFiles_IsAnErrorAtTheEntry(string file, string text, string message)
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "countries.txt"), "# format: countries 1\n# sources: t\nKGZ | name: Kyrgyzstan\n");
            File.WriteAllText(Path.Combine(directory.FullName, file), text);

            var diagnostic = Assert.Single(DyadKnowledgeLoader.Load(directory.FullName).Diagnostics);

            Assert.Equal((DiagnosticSeverity.Error, 3), (diagnostic.Severity, diagnostic.Line));
            Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("KGZ", true)]
    [InlineData("KGZGOV", true)]
    [InlineData("KGZGOVMIL", true)]
    [InlineData("IGOUNO", true)]
    [InlineData("KGZGO", false)]
    [InlineData("KGZXYZ", false)]
    [InlineData("XYZ", false)]
    public void IsKnownActorCode_CountryOrOrganisationThenSectors(string code, bool expected) =>
        Assert.Equal(expected, DyadKnowledgeLoader.IsKnownActorCode(code, new HashSet<string> { "KGZ", "IGOUNO" }));
}
