using System.Collections.Immutable;
using System.Text.Json;
using Dyad.Core.Stories;
using Dyad.Knowledge.Codes;

namespace Dyad.Output;

/// <summary>The JSON fields of one event record, shared by event lines and the events inside story records.</summary>
internal static class EventFields
{
    /// <summary>The events written as records: not negated, not hypothetical, each with its id.</summary>
    public static IEnumerable<(string Id, CodedEvent Event)> Coded(Story story) =>
        story.Events.Where(e => e.IsCoded).Select((e, k) => ($"{story.Id}-{e.Sentence}-{k}", e));

    public static void Write(Utf8JsonWriter writer, Story story, string id, CodedEvent coded, CameoEventTable table)
    {
        var cameo = table.Find(coded.CameoCode);
        var sentence = story.Sentences[coded.Sentence];
        writer.WriteString("id", id);
        writer.WriteString("story_id", story.Id);
        writer.WriteNumber("sentence_index", coded.Sentence);
        JsonLines.WriteDate(writer, "date", coded.Date);
        writer.WriteString("date_basis", coded.DateBasis == DateBasis.Text ? "text" : "story");
        WritePlace(writer, coded.Place);
        WriteActors(writer, "source", story, coded.Sources);
        WriteActors(writer, "target", story, coded.Targets);
        writer.WriteString("cameo_code", coded.CameoCode);
        writer.WriteString("cameo_root", coded.CameoCode.Length >= 2 ? coded.CameoCode[..2] : coded.CameoCode);
        writer.WriteString("cameo_name", cameo?.Name);
        if (cameo is null)
        {
            writer.WriteNull("quad_class");
            writer.WriteNull("goldstein");
        }
        else
        {
            writer.WriteNumber("quad_class", cameo.QuadClass);
            writer.WriteNumber("goldstein", cameo.Goldstein);
        }

        writer.WriteString("plover_event", cameo?.PloverEvent);
        writer.WriteString("plover_mode", cameo?.PloverMode);
        writer.WriteStartArray("plover_context");
        foreach (var context in (cameo?.PloverContexts ?? []).Concat(coded.Contexts).Distinct(StringComparer.Ordinal))
        {
            writer.WriteStringValue(context);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("negated", coded.Negated);
        writer.WriteString("modality", coded.Modality.ToString().ToLowerInvariant());
        writer.WriteBoolean("joint", coded.Joint);
        writer.WriteString("trigger_text", coded.Trigger.Slice(story.Text));
        writer.WriteNumber("trigger_start", coded.Trigger.Start);
        writer.WriteNumber("trigger_end", coded.Trigger.End);
        writer.WriteString("pattern", coded.Pattern);
        writer.WriteStartArray("evidence");
        foreach (var span in coded.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("sentence_text", sentence.Span.Slice(story.Text));
    }

    private static void WritePlace(Utf8JsonWriter writer, EventPlace? place)
    {
        if (place is null)
        {
            writer.WriteNull("place");
            return;
        }

        writer.WriteStartObject("place");
        writer.WriteString("name", place.Place.Name);
        writer.WriteString("country", place.Place.Country);
        WriteNumber(writer, "lat", place.Place.Latitude);
        WriteNumber(writer, "lon", place.Place.Longitude);
        WriteNumber(writer, "start", place.Span?.Start);
        WriteNumber(writer, "end", place.Span?.End);
        writer.WriteString("basis", place.Basis == PlaceBasis.Text ? "text" : "dateline");
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteActors(Utf8JsonWriter writer, string name, Story story, ImmutableArray<Actor> actors)
    {
        writer.WriteStartArray(name);
        foreach (var actor in actors)
        {
            writer.WriteStartObject();
            ActorFields.Write(writer, story, actor);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
