using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Dyad;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Codes;

/// <summary>The bundled code tables in knowledge/codes, and the cross-checks between the two files.</summary>
public sealed class CodeTableLoaderTests
{
    private static readonly string KnowledgeDirectory = Path.Combine(SharedData.RepositoryRoot, "knowledge");

    private static readonly Lazy<CameoEventTable> Bundled = new(() => CodeTableLoader.Load(Path.Combine(KnowledgeDirectory, "codes")).Value);

    [Fact]
    public void Load_BundledTables_HaveNoProblems()
    {
        var result = CodeTableLoader.Load(Path.Combine(KnowledgeDirectory, "codes"));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_BundledTables_Has311CodesAndEveryRoot()
    {
        Assert.Equal(311, Bundled.Value.Count);
        Assert.All(Enumerable.Range(1, 20), root => Assert.NotNull(Bundled.Value.Find(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Load_BundledTables_ScoresAndQuadClassesInRange()
    {
        Assert.All(Bundled.Value.Events, e => Assert.InRange(e.Goldstein, -10, 10));
        Assert.All(Bundled.Value.Events, e => Assert.InRange(e.QuadClass, 1, 4));
    }

    [Fact]
    public void Load_BundledTables_EveryPloverValueUsedIsDefined()
    {
        var plover = Bundled.Value.Plover;

        Assert.All(Bundled.Value.Events.Where(e => e.PloverEvent is not null), e => Assert.Contains(e.PloverEvent!, plover.ModesOfEvent.Keys));
        Assert.All(Bundled.Value.Events.Where(e => e.PloverMode is not null), e => Assert.Contains(e.PloverMode!, plover.ModesOfEvent[e.PloverEvent!]));
        Assert.All(Bundled.Value.Events.SelectMany(e => e.PloverContexts), c => Assert.Contains(c, plover.Contexts));
    }

    [Fact]
    public void CheckEventPatterns_BundledEventsFile_EveryCodeIsInTheTable()
    {
        var patterns = EventPatternReader.Read(Path.Combine(KnowledgeDirectory, "events.txt")).Value;

        Assert.NotEmpty(patterns);
        Assert.Empty(CodeTableLoader.CheckEventPatterns(patterns, Bundled.Value));
    }

    [Theory]
    [InlineData("0311 | name: x | goldstein: 5.2 | quad: 1 | plover: AGREE\n", "root 03 is not in the table")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: PROMISE\n", "PLOVER event 'PROMISE'")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: AGREE | mode: troops\n", "mode 'troops'")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: AGREE | context: weather\n", "context 'weather'")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: AGREE | intent: 0399\n", "intent '0399' must be a code of the table under root 03 or 13")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: AGREE | appeal: 03\n", "appeal '03' must be a code of the table under root 02")]
    [InlineData("03 | name: x | goldstein: 4 | quad: 1 | plover: AGREE | demand: 03\n", "demand '03' must be a code of the table under root 10")]
    public void Load_ValueMissingFromTheOtherFile_IsAnError(string line, string message)
    {
        using var directory = new TemporaryDirectory();
        directory.Write(CodeTableLoader.CameoEventsFile, "# format: cameo-events 1\n# sources: test\n" + line);
        directory.Write(CodeTableLoader.PloverFile, "# format: plover 1\n# sources: test\ncontext military\nevent AGREE\n");

        var result = CodeTableLoader.Load(directory.Path);

        Assert.Contains(message, Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckEventPatterns_UnknownCode_IsAnErrorAtThePatternLine()
    {
        var patterns = EventPatternReader.Parse("# format: events 2\n# sources: test\nverb meet -> 099 | target: with\n", "events.txt").Value;

        var error = Assert.Single(CodeTableLoader.CheckEventPatterns(patterns, Bundled.Value));

        Assert.Equal(("events.txt", 3), (error.File, error.Line));
    }
}
