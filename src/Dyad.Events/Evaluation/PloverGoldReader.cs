using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Reads PLOVER gold records, a JSON array or JSON Lines of objects with <c>text</c>, <c>event</c> (a PLOVER event
/// type such as <c>CONSULT</c>, or a CAMEO code scored by its PLOVER type; null or absent for a text that must code
/// nothing), <c>source</c> and <c>target</c> lists of <c>{"actorText", "code"}</c> (an optional <c>sector</c> is
/// appended to a bare country code, as in the PETRARCH <c>PLEvent</c> lines), and optional <c>id</c>, <c>date</c>
/// (YYYY-MM-DD, else the default date) and <c>category</c>. Records that share an <c>id</c> are one text with several
/// events; a record without an id is a text of its own.
/// </summary>
public static class PloverGoldReader
{
    public static GoldSet Read(string path, DateOnly? defaultDate) => Parse(File.ReadAllBytes(path), path, defaultDate);

    public static GoldSet Parse(byte[] content, string path, DateOnly? defaultDate)
    {
        var reading = new Reading(path, defaultDate);
        var bytes = content.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.TrimStart().StartsWith('['))
        {
            ReadArray(bytes.ToArray(), reading);
        }
        else
        {
            var number = 0;
            foreach (var line in text.Split('\n'))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var document = GoldJson.Parse(line);
                    reading.Take(number, document.RootElement);
                }
                catch (FormatException e)
                {
                    reading.Problem(number, $"{e.Message}; record left out");
                }
            }
        }

        return reading.Finish();
    }

    private static void ReadArray(byte[] bytes, Reading reading)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var line = 1;
        var counted = 0;
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;
                using var document = JsonDocument.ParseValue(ref reader);
                reading.Take(line, document.RootElement);
            }
        }
        catch (JsonException e)
        {
            reading.Problem((e.LineNumber ?? 0) + 1, $"not valid JSON ({e.Message.Split(". ")[0]}); the records after it are left out");
        }
    }

    /// <summary>The records read so far, grouped by id in the order first seen.</summary>
    private sealed class Reading(string path, DateOnly? defaultDate)
    {
        private readonly List<GoldItem> _items = [];
        private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
        private readonly ImmutableArray<GoldProblem>.Builder _problems = ImmutableArray.CreateBuilder<GoldProblem>();

        public void Problem(long line, string message) => _problems.Add(new GoldProblem(path, line, message));

        public void Take(long line, JsonElement record)
        {
            try
            {
                Add(line, record.ValueKind == JsonValueKind.Object ? record : throw new FormatException($"expected a JSON object, found {record.ValueKind}"));
            }
            catch (FormatException e)
            {
                Problem(line, $"{e.Message}; record left out");
            }
        }

        public GoldSet Finish() => new([.. _items], _problems.ToImmutable());

        private void Add(long line, JsonElement record)
        {
            var text = GoldJson.RequiredString(record, "text");
            var date = GoldJson.Date(record, "date") ?? defaultDate
                ?? throw new FormatException("record has no \"date\"; give one or pass --date YYYY-MM-DD");
            var id = GoldJson.Key(record, "id");
            ImmutableArray<GoldEvent> events = GoldJson.String(record, "event") is { Length: > 0 } type
                ? [new GoldEvent(Actors(record, "source"), Actors(record, "target"), type, date.ToString("yyyy-MM-dd"))]
                : [];
            if (id is not null && _byId.TryGetValue(id, out var index))
            {
                var item = _items[index];
                if (item.Text != text)
                {
                    throw new FormatException($"record {id} repeats an id with another text");
                }

                _items[index] = item with { Events = item.Events.AddRange(events) };
                return;
            }

            id ??= $"line-{line}";
            _byId[id] = _items.Count;
            _items.Add(new GoldItem(id, GoldJson.String(record, "category") ?? "", date, text, events) { Path = path, Line = line });
        }

        private static ImmutableArray<string> Actors(JsonElement record, string name) =>
            [.. GoldJson.Array(record, name).Select(actor =>
            {
                if (actor.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"\"{name}\" must be a list of {{\"actorText\", \"code\"}} objects");
                }

                var code = GoldJson.RequiredString(actor, "code");
                return GoldJson.String(actor, "sector") is { Length: > 0 } sector && !code.EndsWith(sector, StringComparison.Ordinal) ? code + sector : code;
            })];
    }
}
