using System.Text.Json;

namespace Dyad.Knowledge.Evaluation;

/// <summary>
/// Reads the site annotations (<c>geography_tags</c>, <c>inline_mentions</c>) of a JSON Lines news corpus by item
/// id, which Dyad's story reader does not keep. Lines without an id or that are not JSON are left out; the story
/// reader reports them.
/// </summary>
public static class SiteAnnotationReader
{
    public static IReadOnlyDictionary<string, SiteAnnotations> Read(string path)
    {
        var items = new Dictionary<string, SiteAnnotations>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object || Id(root) is not { } id)
                {
                    continue;
                }

                items[id] = new SiteAnnotations(Strings(root, "geography_tags"), Mentions(root));
            }
            catch (JsonException)
            {
                continue;
            }
        }

        return items;
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static List<InlineMention> Mentions(JsonElement root) =>
        root.TryGetProperty("inline_mentions", out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new InlineMention(Text(e, "name"), Text(e, "description"), Text(e, "catalog")))]
            : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
