using System.Globalization;
using System.Text.Json;

namespace Dyad.Events.Evaluation;

/// <summary>The field readers the JSON gold formats share; each throws <see cref="FormatException"/> with the problem.</summary>
internal static class GoldJson
{
    /// <summary>A string or number field as text, or null when the field is absent or null.</summary>
    public static string? Key(JsonElement record, string name) =>
        !record.TryGetProperty(name, out var value)
            ? null
            : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new FormatException($"\"{name}\" must be a string or a number"),
            };

    public static string? String(JsonElement record, string name) =>
        !record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new FormatException($"\"{name}\" must be a string");

    public static string RequiredString(JsonElement record, string name) =>
        String(record, name) is { Length: > 0 } value ? value : throw new FormatException($"record has no \"{name}\"");

    /// <summary>The elements of an array field; an absent or null field is empty.</summary>
    public static IEnumerable<JsonElement> Array(JsonElement record, string name) =>
        !record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? []
            : value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw new FormatException($"\"{name}\" must be a list");

    public static DateOnly? Date(JsonElement record, string name) =>
        String(record, name) is not { } text
            ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException($"\"{name}\" '{text}' is not a date; write it as YYYY-MM-DD");

    /// <summary>The document of one record; the caller disposes it.</summary>
    public static JsonDocument Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message.Split(". ")[0]})", e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw new FormatException($"expected a JSON object, found {kind}");
        }

        return document;
    }
}
