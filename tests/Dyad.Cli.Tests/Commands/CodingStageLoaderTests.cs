using System.Text.Json;
using Dyad.Testing;

namespace Dyad.Cli.Tests.Commands;

public sealed class CodingStageLoaderTests
{
    [Fact]
    public void Run_ImportedPlacesInDictionaries_AreFoundWithTheirCoordinates()
    {
        using var directory = new TemporaryDirectory();
        var user = Path.Combine(directory.Path, "user");
        directory.Write("user/places.txt", "# format: places 1\n# sources: test fixture\nZarbay | country: KGZ | at: 41.40 75.90 | kind: city\n");
        var story = directory.Write("s.txt", "date 2023-05-08 BISHKEK, May 8. /TASS/. Japarov opened a school in Zarbay on Monday.\n");

        var run = CliRun.Of("code", story, "--stories", "--dictionaries", user);

        using var record = JsonDocument.Parse(run.Out.Split('\n')[0]);
        var place = Assert.Single(record.RootElement.GetProperty("places").EnumerateArray());
        Assert.Equal(("Zarbay", 41.40), (place.GetProperty("name").GetString(), place.GetProperty("lat").GetDouble()));
        Assert.Equal("Bishkek", record.RootElement.GetProperty("dateline_place").GetProperty("name").GetString());
    }
}
