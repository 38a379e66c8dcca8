using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Sources;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Codes;

/// <summary>The intent, appeal and demand codes that the bundled table gives an act, and how a code finds them.</summary>
public sealed class CameoEventTableTests
{
    private static readonly Lazy<CameoEventTable> Bundled = new(() => CodeTableLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge", CodeTableLoader.Folder)).Value);

    [Theory]
    [InlineData("042", "036")]
    [InlineData("046", "036")]
    [InlineData("057", "030")]
    [InlineData("062", "0312")]
    [InlineData("0631", "0313")]
    [InlineData("073", "0333")]
    [InlineData("163", "1312")]
    [InlineData("190", "138")]
    [InlineData("112", "112")]
    [InlineData("020", "020")]
    public void IntentOf_BundledCode_GivesCameoIntentCode(string code, string intent) => Assert.Equal(intent, Bundled.Value.IntentOf(code));

    [Theory]
    [InlineData("085", false, "0254")]
    [InlineData("085", true, "1054")]
    [InlineData("0874", true, "106")]
    [InlineData("0871", true, "107")]
    [InlineData("057", true, "100")]
    [InlineData("046", false, "026")]
    [InlineData("046", true, "108")]
    [InlineData("111", false, "020")]
    [InlineData("111", true, "100")]
    public void AppealOf_BundledCode_GivesTheAppealOrDemandCode(string act, bool must, string expected) =>
        Assert.Equal(expected, Bundled.Value.AppealOf(act, must));

    [Fact]
    public void IntentOf_OwnValue_WinsOverItsPrefixes()
    {
        var table = new CameoEventTable(
            [Code("06") with { Intent = "031" }, Code("061") with { Intent = "0311" }, Code("0611"), Code("031"), Code("0311")],
            PloverVocabulary.Empty);

        Assert.Equal(("0311", "0311", "031"), (table.IntentOf("0611"), table.IntentOf("061"), table.IntentOf("062")));
    }

    private static CameoEvent Code(string code) => new(code, code, 0, 1, null, null, [], new SourceLocation("test", 1));
}
