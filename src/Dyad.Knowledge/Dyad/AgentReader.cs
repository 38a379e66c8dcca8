using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads <c>agents.txt</c>: <c>defence minister -&gt; GOV MIL | plover: GOV | variants: defense minister, defence
/// ministers</c>. Sectors are CAMEO's three-letter codes; <c>-&gt; *</c> marks "counterpart".
/// </summary>
public static class AgentReader
{
    internal static readonly RecordFileSchema Schema = new("agents", 1, new HashSet<string>(), new HashSet<string> { "plover", "variants" }, HasResult: true);

    public static ReadResult<IReadOnlyList<Agent>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Agent>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Agent> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var agents = new List<Agent>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var sectors = record.Result == "*" ? [] : record.Result!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unknown = sectors.Where(s => !CameoSectors.IsKnown(s)).ToArray();
            if (unknown.Length > 0)
            {
                sink.Error(record.Line, $"unknown CAMEO sector code(s) {string.Join(", ", unknown)}; known: {string.Join(' ', CameoSectors.All)}");
                continue;
            }

            var plover = record.Field("plover");
            if (plover is not null && !CameoSectors.IsKnown(plover))
            {
                sink.Error(record.Line, $"unknown PLOVER sector '{plover}'");
                continue;
            }

            agents.Add(new Agent(record.Key.ToLowerInvariant(), sectors, plover, record.List("variants"), new SourceLocation(sink.File, record.Line)));
        }

        return agents;
    }
}
