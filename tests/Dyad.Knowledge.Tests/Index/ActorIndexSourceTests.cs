using Dyad.Knowledge.Index;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Index;

public sealed class ActorIndexSourceTests
{
    private static readonly string Bundled = Path.Combine(SharedData.RepositoryRoot, "knowledge");
    private static readonly DateOnly Day = new(2023, 5, 8);

    [Fact]
    public void LoadKnowledge_UserFolder_AddsItsPeopleOnTopOfTheBundledCountries()
    {
        using var user = new TemporaryDirectory();
        user.Write("people.txt", "# format: people 1\n# sources: test fixture\ndoe-jane | name: Jane Doe | roles: KGZGOVMIL 2023-01-01.. defence minister\n");

        var (coding, errors) = ActorIndexSource.LoadKnowledge(Bundled, user.Path);

        Assert.Empty(errors);
        Assert.Equal("KGZGOVMIL", Assert.Single(coding!.Index.Match(["Jane", "Doe"], Day)).Code);
        Assert.Equal("RUSGOV", Assert.Single(coding.Index.Match(["Vladimir", "Putin"], Day)).Code);
    }

    [Fact]
    public void LoadKnowledge_UserFolderWithUnknownCode_ReportsTheErrorWithFileAndLine()
    {
        using var user = new TemporaryDirectory();
        user.Write("people.txt", "# format: people 1\n# sources: test fixture\ndoe-jane | name: Jane Doe | roles: XXXGOV 2023-01-01..\n");

        var (coding, errors) = ActorIndexSource.LoadKnowledge(Bundled, user.Path);

        Assert.Null(coding);
        var error = Assert.Single(errors);
        Assert.EndsWith("people.txt", error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("/no/such/folder")]
    [InlineData("petrarch:/no/such/folder")]
    public void LoadKnowledge_MissingFolder_IsAnError(string dictionaries)
    {
        var (coding, errors) = ActorIndexSource.LoadKnowledge(Bundled, dictionaries);

        Assert.Null(coding);
        Assert.Contains("no such knowledge folder", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [SharedFact("compat/petrarch2-validate/PETR_Validate_actors_2_02.txt")]
    public void LoadKnowledge_PetrarchFolder_UsesItsDictionariesInsteadOfTheBundledOnes()
    {
        var (coding, errors) = ActorIndexSource.LoadKnowledge(Bundled, "petrarch:" + SharedData.PathOf("compat/petrarch2-validate"));

        Assert.Empty(errors);
        Assert.DoesNotContain(coding!.Index.Match(["Sadyr", "Japarov"], Day), m => m.Code is not null);
        Assert.Contains(coding.Index.Match(["Gondor"], Day), m => m.Code is not null && m.Code.StartsWith("GON", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadKnowledge_UserFolderWithPlaces_GivesBundledAndUserPlaces()
    {
        using var user = new TemporaryDirectory();
        user.Write("places.txt", "# format: places 1\n# sources: test fixture\nZarbay | country: KGZ | at: 41.40 75.90 | kind: city\n");

        var (coding, errors) = ActorIndexSource.LoadKnowledge(Bundled, user.Path);

        Assert.Empty(errors);
        Assert.NotNull(coding);
        Assert.Contains(coding.Dyad.Places, p => p.Name == "Zarbay");
        Assert.Contains(coding.Dyad.Places, p => p.Name == "Moscow");
    }
}
