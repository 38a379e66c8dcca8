using System.Globalization;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Codes;

/// <summary>
/// Reads <c>codes/cameo-events.txt</c>: <c>0312 | name: … | goldstein: 5.2 | quad: 1 | plover: AGREE | mode: … |
/// context: military | intent: 0312</c>. A code is 2–4 digits under a root 01–20, the Goldstein score lies in −10..10,
/// and the quad class is the one GDELT's convention gives the root (docs/codes.md). <c>intent</c>, <c>appeal</c> and
/// <c>demand</c> name the codes for announcing, asking for and demanding the act.
/// </summary>
public static class CameoEventReader
{
    internal static readonly RecordFileSchema Schema = new("cameo-events", 1, new HashSet<string> { "name", "goldstein", "quad" }, new HashSet<string> { "plover", "mode", "context", "intent", "appeal", "demand" }, HasResult: false);

    public static ReadResult<IReadOnlyList<CameoEvent>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<CameoEvent>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    /// <summary>GDELT's quad class of a root: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public static int QuadClassOfRoot(int root) => root switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    internal static IReadOnlyList<CameoEvent> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var events = new List<CameoEvent>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var code = record.Key;
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit) || int.Parse(code[..2], CultureInfo.InvariantCulture) is < 1 or > 20)
            {
                sink.Error(record.Line, $"'{code}' is not a CAMEO event code (2-4 digits, root 01-20)");
                continue;
            }

            var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
            if (!double.TryParse(record.Field("goldstein"), NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                sink.Error(record.Line, $"goldstein '{record.Field("goldstein")}' of {code} must be a number from -10 to 10");
                continue;
            }

            if (!int.TryParse(record.Field("quad"), NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad != QuadClassOfRoot(root))
            {
                sink.Error(record.Line, $"quad '{record.Field("quad")}' of {code} must be {QuadClassOfRoot(root)}, the quad class of root {code[..2]} (see docs/codes.md)");
                continue;
            }

            if (record.Field("plover") is null && (record.Field("mode") is not null || record.Field("context") is not null))
            {
                sink.Error(record.Line, $"{code} gives a PLOVER mode or context without a 'plover' event");
                continue;
            }

            events.Add(new CameoEvent(code, record.Field("name")!, goldstein, quad, record.Field("plover"), record.Field("mode"), record.List("context"), new SourceLocation(sink.File, record.Line))
            {
                Intent = record.Field("intent"),
                Appeal = record.Field("appeal"),
                Demand = record.Field("demand"),
            });
        }

        return events;
    }
}
