using System.Text.Json;
using Dyad.Core.Stories;

namespace Dyad.Output;

/// <summary>
/// The story record fields of the mention stages: <c>places</c> and <c>dateline_place</c>, <c>quotes</c> and
/// <c>agreements</c>. Enum values are written in lower case with spaces ("in force", "story country").
/// </summary>
internal static class MentionFields
{
    public static void Write(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartArray("places");
        foreach (var mention in story.Places)
        {
            writer.WriteStartObject();
            writer.WriteString("text", story.Text.AsSpan(mention.Start, mention.End - mention.Start));
            WritePlace(writer, mention.Place);
            writer.WriteNumber("start", mention.Start);
            writer.WriteNumber("end", mention.End);
            writer.WriteNumber("sentence", mention.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (story.DatelinePlace is { } datelinePlace)
        {
            writer.WriteStartObject("dateline_place");
            WritePlace(writer, datelinePlace);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline_place");
        }

        WriteQuotes(writer, story);
        WriteAgreements(writer, story);
    }

    private static void WritePlace(Utf8JsonWriter writer, ResolvedPlace place)
    {
        writer.WriteString("name", place.Name);
        writer.WriteString("country", place.Country);
        WriteNumber(writer, "lat", place.Latitude);
        WriteNumber(writer, "lon", place.Longitude);
        writer.WriteString("kind", place.Kind);
        writer.WriteString("resolution", Words(place.Resolution.ToString()));
    }

    private static void WriteQuotes(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in story.Quotes)
        {
            writer.WriteStartObject();
            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                writer.WriteString("text", story.Text.AsSpan(speaker.Start, speaker.End - speaker.Start));
                writer.WriteNumber("start", speaker.Start);
                writer.WriteNumber("end", speaker.End);
                writer.WriteString("code", speaker.Code);
                writer.WriteStartArray("authors");
                foreach (var author in speaker.Authors)
                {
                    writer.WriteStringValue(author);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            writer.WriteString("text", story.Text.AsSpan(quote.Start, quote.End - quote.Start));
            writer.WriteNumber("start", quote.Start);
            writer.WriteNumber("end", quote.End);
            writer.WriteNumber("sentence", quote.Sentence);
            writer.WriteString("kind", Words(quote.Kind.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAgreements(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartArray("agreements");
        foreach (var agreement in story.Agreements)
        {
            writer.WriteStartObject();
            writer.WriteString("title", agreement.Title);
            JsonLines.WriteDate(writer, "date", agreement.Date);
            writer.WriteStartArray("parties");
            foreach (var party in agreement.Parties)
            {
                writer.WriteStringValue(party);
            }

            writer.WriteEndArray();
            writer.WriteString("status", agreement.Status is { } status ? StatusName(status) : null);
            writer.WriteString("known_id", agreement.KnownTitle);
            writer.WriteNumber("start", agreement.Start);
            writer.WriteNumber("end", agreement.End);
            writer.WriteNumber("sentence", agreement.Sentence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string StatusName(AgreementStatus status) => status switch
    {
        AgreementStatus.Concluded => "signed",
        _ => Words(status.ToString()),
    };

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

    /// <summary>"InForce" → "in force".</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : " ") + char.ToLowerInvariant(c) : c.ToString()));
}
