using System.Globalization;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>Reads <c>places.txt</c>: <c>Bishkek | country: KGZ | at: 42.87 74.59 | kind: capital | names: Frunze</c> (latitude, longitude).</summary>
public static class PlaceReader
{
    internal static readonly RecordFileSchema Schema = new("places", 1, new HashSet<string> { "country", "at", "kind" }, new HashSet<string> { "names" }, HasResult: false)
    {
        IdentityFields = ["country"],
    };

    public static ReadResult<IReadOnlyList<Place>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Place>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Place> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var places = new List<Place>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var at = record.Field("at")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (at.Length != 2
                || !double.TryParse(at[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(at[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                || latitude is < -90 or > 90 || longitude is < -180 or > 180)
            {
                sink.Error(record.Line, $"'at: {record.Field("at")}' must be 'LATITUDE LONGITUDE' in degrees (-90..90, -180..180)");
                continue;
            }

            places.Add(new Place(record.Key, record.Field("country")!, latitude, longitude, record.Field("kind")!, record.List("names"), new SourceLocation(sink.File, record.Line)));
        }

        return places;
    }
}
