using System.Collections.Immutable;
using System.Text.Json;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Reads Dyad's development gold (<c>gold/kremlin-dev.jsonl</c>, documented in its GUIDELINES.md): one JSON object a
/// line with <c>id</c>, <c>story_id</c>, <c>story_date</c>, <c>sentence</c> and <c>events</c> (each with
/// <c>source</c> and <c>target</c> code lists, <c>cameo</c> and <c>date</c>); other fields are ignored.
/// An empty <c>events</c> list is a sentence that must code nothing.
/// </summary>
public static class SentenceGoldReader
{
    public static GoldSet Read(string path) => Parse(File.ReadLines(path), path);

    public static GoldSet Parse(IEnumerable<string> lines, string path)
    {
        var items = ImmutableArray.CreateBuilder<GoldItem>();
        var problems = ImmutableArray.CreateBuilder<GoldProblem>();
        long number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = GoldJson.Parse(line);
                items.Add(Record(document.RootElement) with { Path = path, Line = number });
            }
            catch (FormatException e)
            {
                problems.Add(new GoldProblem(path, number, $"{e.Message}; record left out"));
            }
        }

        return new GoldSet(items.ToImmutable(), problems.ToImmutable());
    }

    private static GoldItem Record(JsonElement record)
    {
        var id = GoldJson.Key(record, "id") ?? throw new FormatException("record has no \"id\"");
        var storyId = GoldJson.Key(record, "story_id") ?? throw new FormatException($"record {id} has no \"story_id\"");
        var events = GoldJson.Array(record, "events").Select(e => new GoldEvent(
            Codes(e, "source"),
            Codes(e, "target"),
            GoldJson.RequiredString(e, "cameo"),
            GoldJson.String(e, "date"),
            GoldJson.String(e, "place")));
        return new GoldItem(id, "", GoldJson.Date(record, "story_date"), GoldJson.RequiredString(record, "sentence"), [.. events]) { StoryId = storyId };
    }

    private static ImmutableArray<string> Codes(JsonElement gold, string name) =>
        [.. GoldJson.Array(gold, name).Select(c => c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } code
            ? code
            : throw new FormatException($"\"{name}\" must be a list of actor codes"))];
}
