using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Core.Errors;
using Dyad.Core.Stories;
using Dyad.Input.Lines;

namespace Dyad.Input.Formats;

/// <summary>
/// Reads one story per line from JSON objects with <c>id</c>, <c>date</c>, <c>text</c> and optional
/// <c>title</c>, <c>lead</c>, <c>url</c>; other fields are ignored. Title, lead and text become the story's
/// paragraphs, in that order. Each bad line is reported on its own and the next line is read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(StoryFile file, IEnumerable<RawLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Problem == LineProblem.Binary)
            {
                yield return ReadResult.Of(file.LineError(line, null));
                yield break;
            }

            if (line.Text is null)
            {
                yield return ReadResult.Of(file.LineError(line, null));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            yield return ReadRecord(file, line.Number, line.Text);
        }
    }

    private static ReadResult ReadRecord(StoryFile file, long lineNumber, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return ReadResult.Of(file.Error(lineNumber, null, ErrorCodes.InvalidJson, $"not valid JSON ({FirstSentence(e.Message)})"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Of(file.Error(lineNumber, null, ErrorCodes.InvalidJson, $"expected a JSON object, found {root.ValueKind}"));
            }

            var id = Id(root);
            if (id is null)
            {
                return ReadResult.Of(file.Error(lineNumber, null, ErrorCodes.MissingField, "record has no \"id\" (a string or a number)"));
            }

            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Of(file.Error(lineNumber, id, ErrorCodes.MissingField, "record has no \"text\""));
            }

            DateOnly? date = file.Options.DefaultDate;
            if (String(root, "date") is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return ReadResult.Of(file.Error(lineNumber, id, ErrorCodes.InvalidDate, $"\"date\" '{dateText}' is not a date; write it as YYYY-MM-DD"));
                }

                date = parsed;
            }

            var title = String(root, "title");
            var head = Head(title, String(root, "lead"));
            return ReadResult.Of(new Story
            {
                Id = id,
                Date = date,
                Title = title,
                Url = String(root, "url"),
                Text = head + text,
                BodyStart = head.Length,
                Origin = new RecordOrigin(file.Path, lineNumber),
            });
        }
    }

    /// <summary>The title and lead as paragraphs that go before the body, or "" when there are none.</summary>
    private static string Head(string? title, string? lead)
    {
        var head = new StringBuilder();
        foreach (var part in new[] { title, lead })
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                head.Append(part.Trim()).Append("\n\n");
            }
        }

        return head.ToString();
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String when id.GetString() is { Length: > 0 } value => value,
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
