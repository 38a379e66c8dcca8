using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Reads the PETRARCH-2 validation records (<c>PETR_Validate_records_*.xml</c>) line by line, as the file is: it is
/// not well-formed XML (<c>#</c> banners inside comments, <c>&lt;PLEvent {json}&gt;</c> lines, self-closing
/// <c>&lt;Sentence .../&gt;</c>), so no XML parser reads it. Keeps the records marked <c>evaluate="true"</c> with
/// their id, category, date (yyyymmdd), text (lines joined by a space) and expected (source, target, code) triples;
/// <c>noevents="True"</c> and <c>error="..."</c> codings expect nothing. <c>&lt;Parse&gt;</c> blocks are skipped:
/// Dyad parses the text itself.
/// </summary>
public static partial class PetrarchValidationReader
{
    public static GoldSet Read(string path) => Parse(File.ReadLines(path), path);

    public static GoldSet Parse(IEnumerable<string> lines, string path)
    {
        var items = ImmutableArray.CreateBuilder<GoldItem>();
        var problems = ImmutableArray.CreateBuilder<GoldProblem>();
        RecordBuilder? record = null;
        var inComment = false;
        var inParse = false;
        StringBuilder? text = null;
        long number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw;
            if (text is not null)
            {
                var close = line.IndexOf("</Text>", StringComparison.Ordinal);
                text.Append(' ').Append(close < 0 ? line : line[..close]);
                if (close < 0)
                {
                    continue;
                }

                record!.Text = text.ToString();
                text = null;
                line = line[(close + "</Text>".Length)..];
            }

            if (inParse)
            {
                var close = line.IndexOf("</Parse>", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inParse = false;
                line = line[(close + "</Parse>".Length)..];
            }

            line = WithoutComments(line, ref inComment).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("<Sentence", StringComparison.Ordinal) && !line.StartsWith("<Sentences", StringComparison.Ordinal))
            {
                if (record is not null)
                {
                    problems.Add(new GoldProblem(path, record.Line, $"record {record.Id} is not closed by </Sentence>; left out"));
                }

                record = new RecordBuilder(number, Attributes(line));
                if (line.EndsWith("/>", StringComparison.Ordinal))
                {
                    Finish(record, path, items, problems);
                    record = null;
                }

                continue;
            }

            if (record is null)
            {
                continue;
            }

            if (line.StartsWith("<EventCoding", StringComparison.Ordinal))
            {
                record.Codings.Add((number, Attributes(line)));
            }
            else if (line.StartsWith("<Text>", StringComparison.Ordinal))
            {
                var content = line["<Text>".Length..];
                var close = content.IndexOf("</Text>", StringComparison.Ordinal);
                if (close >= 0)
                {
                    record.Text = content[..close];
                }
                else
                {
                    text = new StringBuilder(content);
                }
            }
            else if (line.StartsWith("<Parse>", StringComparison.Ordinal))
            {
                inParse = !line.Contains("</Parse>", StringComparison.Ordinal);
            }

            if (!inParse && text is null && line.Contains("</Sentence>", StringComparison.Ordinal))
            {
                Finish(record, path, items, problems);
                record = null;
            }
        }

        if (record is not null)
        {
            problems.Add(new GoldProblem(path, record.Line, $"record {record.Id} is not closed by </Sentence> before the end of the file; left out"));
        }

        return new GoldSet(items.ToImmutable(), problems.ToImmutable());
    }

    private static void Finish(RecordBuilder record, string path, ImmutableArray<GoldItem>.Builder items, ImmutableArray<GoldProblem>.Builder problems)
    {
        if (record.Attribute("evaluate") != "true")
        {
            return;
        }

        var id = record.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            problems.Add(new GoldProblem(path, record.Line, "<Sentence> has no id; left out"));
            return;
        }

        var dateText = record.Attribute("date");
        if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new GoldProblem(path, record.Line, $"record {id}: date '{dateText}' is not yyyymmdd; left out"));
            return;
        }

        var text = Normalise(record.Text);
        if (text.Length == 0)
        {
            problems.Add(new GoldProblem(path, record.Line, $"record {id} has no <Text>; left out"));
            return;
        }

        if (record.Codings.Count == 0)
        {
            problems.Add(new GoldProblem(path, record.Line, $"record {id} has no <EventCoding>; left out"));
            return;
        }

        var events = ImmutableArray.CreateBuilder<GoldEvent>();
        foreach (var (line, coding) in record.Codings)
        {
            if (coding.ContainsKey("noevents") || coding.ContainsKey("error"))
            {
                continue;
            }

            if (coding.GetValueOrDefault("eventcode") is not { Length: > 0 } code
                || coding.GetValueOrDefault("sourcecode") is not { Length: > 0 } source
                || coding.GetValueOrDefault("targetcode") is not { Length: > 0 } target)
            {
                problems.Add(new GoldProblem(path, line, $"record {id}: <EventCoding> needs eventcode, sourcecode and targetcode (or noevents=\"True\"); left out"));
                return;
            }

            events.Add(new GoldEvent([source], [target], code, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        items.Add(new GoldItem(id, record.Attribute("category") ?? "", date, text, events.ToImmutable()) { Path = path, Line = record.Line });
    }

    /// <summary>The line without its <c>&lt;!-- ... --&gt;</c> parts; a comment left open goes on to the next lines.</summary>
    private static string WithoutComments(string line, ref bool inComment)
    {
        var kept = new StringBuilder();
        var at = 0;
        while (at < line.Length)
        {
            if (inComment)
            {
                var close = line.IndexOf("-->", at, StringComparison.Ordinal);
                if (close < 0)
                {
                    return kept.ToString();
                }

                inComment = false;
                at = close + 3;
                continue;
            }

            var open = line.IndexOf("<!--", at, StringComparison.Ordinal);
            if (open < 0)
            {
                kept.Append(line, at, line.Length - at);
                break;
            }

            kept.Append(line, at, open - at);
            inComment = true;
            at = open + 4;
        }

        return kept.ToString();
    }

    private static string Normalise(string? text) =>
        WebUtility.HtmlDecode(string.Join(' ', (text ?? "").Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"(?<name>[A-Za-z_][\w.-]*)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex AttributePattern();

    /// <summary>A <c>&lt;Sentence&gt;</c> record while its lines are read.</summary>
    private sealed class RecordBuilder(long line, Dictionary<string, string> attributes)
    {
        public long Line { get; } = line;

        public string? Id => Attribute("id");

        public string? Text { get; set; }

        public List<(long Line, Dictionary<string, string> Attributes)> Codings { get; } = [];

        public string? Attribute(string name) => attributes.GetValueOrDefault(name);
    }
}
