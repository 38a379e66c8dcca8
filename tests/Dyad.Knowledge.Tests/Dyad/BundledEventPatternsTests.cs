using System.Globalization;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Dyad;

/// <summary>The pattern dictionary shipped in knowledge/events.txt: every line read, every CAMEO root covered.</summary>
public sealed class BundledEventPatternsTests
{
    private static readonly string EventsFile = Path.Combine(SharedData.RepositoryRoot, "knowledge", "events.txt");

    private static readonly Lazy<ReadResult<IReadOnlyList<EventPattern>>> Bundled = new(() => EventPatternReader.Read(EventsFile));

    public static TheoryData<string> Roots { get; } = new(Enumerable.Range(1, 20).Select(r => r.ToString("00", CultureInfo.InvariantCulture)));

    [Fact]
    public void Read_BundledFile_HasNoErrorsOrWarnings()
    {
        Assert.Empty(Bundled.Value.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_BundledFile_KeepsEveryPatternLine()
    {
        var patternLines = File.ReadLines(EventsFile).Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

        Assert.True(patternLines >= 400, $"at least 400 patterns, found {patternLines}");
        Assert.Equal(patternLines, Bundled.Value.Value.Count);
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Read_BundledFile_CoversRoot(string root)
    {
        Assert.Contains(Bundled.Value.Value, p => p.Code.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BundledFile_NounsNameTheirTargetPrepositions()
    {
        Assert.All(Bundled.Value.Value.Where(p => p.Kind == PredicateKind.Noun), p => Assert.NotEmpty(p.Targets));
    }

    [Fact]
    public void Read_BundledFile_TargetsAreSingleWords()
    {
        var words = Bundled.Value.Value.SelectMany(p => p.Targets.Select(w => (p.Source.Line, w)));

        Assert.DoesNotContain(words, entry => entry.w.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("noun talk", "", "046")]
    [InlineData("noun visit", "", "042")]
    [InlineData("noun sanction", "", "163")]
    [InlineData("verb meet", "", "040")]
    [InlineData("verb receive", "", "043")]
    [InlineData("verb sign", "treaty", "057")]
    [InlineData("verb express", "condolence", "018")]
    [InlineData("verb express", "concern", "012")]
    [InlineData("verb congratulate", "", "051")]
    [InlineData("verb call", "", "020")]
    [InlineData("verb lift", "sanction", "085")]
    [InlineData("verb withdraw", "troops", "0874")]
    [InlineData("verb break off", "relation", "161")]
    [InlineData("verb accuse", "", "112")]
    public void Read_BundledFile_CommonNewsPredicateHasItsCode(string predicate, string objectLemma, string code)
    {
        var matching = Bundled.Value.Value.Where(p => p.Predicate == predicate && (objectLemma.Length == 0 ? p.Objects.Count == 0 : p.Objects.Contains(objectLemma)));

        Assert.Contains(code, matching.Select(p => p.Code));
    }
}
