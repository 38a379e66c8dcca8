using System.Text.Json;
using Dyad.Core.Stories;
using Dyad.Knowledge.Codes;

namespace Dyad.Output;

/// <summary>
/// Writes one JSON line per story: id, source, date, text, dateline, sentences, the token count, the actor mentions,
/// the place mentions and the dateline's place, the quotes, the agreements and the coded events (the fields of
/// <see cref="EventRecordWriter"/>). Offsets are
/// UTF-16 code unit positions in <c>text</c>, as in .NET, JavaScript and Java strings.
/// </summary>
public sealed class StoryRecordWriter(Stream output, CameoEventTable table) : IRecordWriter
{
    private readonly JsonLineSink _sink = new(output);

    public void Write(Story story) => _sink.Write(story, WriteFields);


    public void Dispose() => _sink.Dispose();

    private void WriteFields(Utf8JsonWriter writer, Story story)
    {
        writer.WriteString("id", story.Id);
        writer.WriteString("source", story.Source);
        JsonLines.WriteDate(writer, "date", story.EffectiveDate);
        writer.WriteString("text", story.Text);
        if (story.Dateline is { } dateline)
        {
            writer.WriteStartObject("dateline");
            writer.WriteString("place", dateline.Place);
            writer.WriteString("agency", dateline.Agency);
            JsonLines.WriteDate(writer, "date", dateline.Date);
            writer.WriteNumber("start", dateline.Span.Start);
            writer.WriteNumber("end", dateline.Span.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        writer.WriteStartArray("sentences");
        foreach (var sentence in story.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("tokens", story.Tokens.Length);
        writer.WriteStartArray("actors");
        foreach (var actor in story.Actors)
        {
            writer.WriteStartObject();
            ActorFields.Write(writer, story, actor);
            writer.WriteNumber("sentence", actor.Sentence);
            writer.WriteString("resolution", actor.Resolution);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        MentionFields.Write(writer, story);
        writer.WriteStartArray("events");
        foreach (var (id, coded) in EventFields.Coded(story))
        {
            writer.WriteStartObject();
            EventFields.Write(writer, story, id, coded, table);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
