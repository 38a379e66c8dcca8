using System.Globalization;
using System.Text;
using Dyad.Core.Stories;
using Dyad.Knowledge.Codes;

namespace Dyad.Output;

/// <summary>
/// Writes coded events as the Phoenix / PETRARCH event table, tab-separated with a header line: one row per
/// source-target dyad, so a compound actor gives several rows. Lat, Lon, LocationName and CountryCode are the
/// event's place (the CAMEO country code, as the rest of the row); StateName, issues and actor attributes are left
/// empty; <c>PentaClass</c> is Phoenix's grouping of roots
/// (0: 01–02, 1: 03–05, 2: 06–08, 3: 09–13, 4: 14–20).
/// </summary>
public sealed class PhoenixTsvWriter : IRecordWriter
{
    public const string Header =
        "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\tSourceActorAttribute\t"
        + "TargetActorFull\tTargetActorEntity\tTargetActorRole\tTargetActorAttribute\tEventCode\tEventRootCode\tPentaClass\t"
        + "GoldsteinScore\tIssues\tLat\tLon\tLocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources";

    private readonly StreamWriter _writer;
    private readonly CameoEventTable _table;

    public PhoenixTsvWriter(Stream output, CameoEventTable table)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _table = table;
        _writer.WriteLine(Header);
    }

    public void Write(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        foreach (var (id, coded) in EventFields.Coded(story))
        {
            var dyad = 0;
            foreach (var source in coded.Sources)
            {
                foreach (var target in coded.Targets)
                {
                    WriteRow(story, coded, dyad == 0 ? id : $"{id}-{dyad}", source, target);
                    dyad++;
                }
            }
        }

        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void WriteRow(Story story, CodedEvent coded, string id, Actor source, Actor target)
    {
        var date = coded.Date;
        var root = coded.CameoCode.Length >= 2 ? coded.CameoCode[..2] : coded.CameoCode;
        var cameo = _table.Find(coded.CameoCode);
        string[] fields =
        [
            id,
            date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            date?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            date?.Month.ToString(CultureInfo.InvariantCulture) ?? "",
            date?.Day.ToString(CultureInfo.InvariantCulture) ?? "",
            source.Code ?? "", source.Country ?? "", source.Sector ?? "", "",
            target.Code ?? "", target.Country ?? "", target.Sector ?? "", "",
            coded.CameoCode, root, PentaClass(root),
            cameo?.Goldstein.ToString(CultureInfo.InvariantCulture) ?? "",
            "",
            coded.Place?.Place.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "",
            coded.Place?.Place.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
            coded.Place?.Place.Name ?? "",
            "",
            coded.Place?.Place.Country ?? "",
            $"{story.Id}-{coded.Sentence}",
            story.Url ?? "",
            story.Source ?? "",
        ];
        _writer.WriteLine(string.Join('\t', fields.Select(f => f.Replace('\t', ' ').Replace('\n', ' '))));
    }

    private static string PentaClass(string root) => int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
        ? (r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4).ToString(CultureInfo.InvariantCulture)
        : "";
}
