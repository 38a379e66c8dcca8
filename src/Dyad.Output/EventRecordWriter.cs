using Dyad.Core.Stories;
using Dyad.Knowledge.Codes;

namespace Dyad.Output;

/// <summary>
/// Writes one JSON line per coded event (negated and hypothetical events are left out), with its actors, CAMEO
/// and PLOVER codes from <paramref name="table"/>, modality, trigger, pattern and sentence.
/// </summary>
public sealed class EventRecordWriter(Stream output, CameoEventTable table) : IRecordWriter
{
    private readonly JsonLineSink _sink = new(output);

    public void Write(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        foreach (var (id, coded) in EventFields.Coded(story))
        {
            _sink.Write(coded, (writer, e) => EventFields.Write(writer, story, id, e, table));
        }
    }

    public void Dispose() => _sink.Dispose();
}
