using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads the line syntax shared by Dyad's knowledge files and checks what is common to all of them: the header,
/// known labels, required labels, the <c>-&gt;</c> result, duplicate keys (errors) and sort order (a warning, so a
/// diff stays reviewable).
/// </summary>
internal static class RecordFileReader
{
    public static IReadOnlyList<RecordLine> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink, RecordFileSchema schema)
    {
        CheckHeader(lines, sink, schema);
        var records = new List<RecordLine>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string? previousKey = null;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var record = Parse(line.Number, text, sink, schema);
            if (record is null)
            {
                continue;
            }

            var identity = string.Join(" | ", schema.IdentityFields.Select(f => record.Field(f) ?? "").Prepend(record.Key));
            if (firstLineOfKey.TryGetValue(identity, out var first))
            {
                sink.Error(line.Number, $"duplicate entry '{identity}' (first at line {first})");
                continue;
            }

            firstLineOfKey[identity] = line.Number;
            if (previousKey is not null && string.Compare(previousKey, record.Key, StringComparison.OrdinalIgnoreCase) > 0)
            {
                sink.Warning(line.Number, $"'{record.Key}' is out of order (after '{previousKey}'); keep entries sorted so diffs stay small");
            }

            previousKey = record.Key;
            records.Add(record);
        }

        return records;
    }

    private static void CheckHeader(IReadOnlyList<SourceLine> lines, DiagnosticSink sink, RecordFileSchema schema)
    {
        string? kind = null;
        var version = 0;
        string? sources = null;
        foreach (var line in lines.TakeWhile(l => l.Text.TrimStart().StartsWith('#')))
        {
            var text = line.Text.TrimStart('#', ' ', '\t');
            if (text.StartsWith("format:", StringComparison.Ordinal))
            {
                var parts = text["format:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                kind = parts.ElementAtOrDefault(0);
                if (parts.Length != 2 || !int.TryParse(parts[1], out version))
                {
                    sink.Error(line.Number, $"header must read '# format: {schema.Kind} {schema.Version}'");
                    return;
                }
            }
            else if (text.StartsWith("sources:", StringComparison.Ordinal))
            {
                sources = text["sources:".Length..].Trim();
            }
        }

        if (kind is null || sources is null || sources.Length == 0)
        {
            sink.Error(1, $"missing header: the file must start with '# format: {schema.Kind} {schema.Version}' and '# sources: …' lines");
            return;
        }

        if (kind != schema.Kind || version != schema.Version)
        {
            sink.Error(1, $"header says '{kind} {version}' but this file must be '{schema.Kind} {schema.Version}'");
        }
    }

    private static RecordLine? Parse(int number, string text, DiagnosticSink sink, RecordFileSchema schema)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        var head = parts[0];
        string? result = null;
        var arrow = head.IndexOf("->", StringComparison.Ordinal);
        if (arrow >= 0)
        {
            result = head[(arrow + 2)..].Trim();
            head = head[..arrow].Trim();
        }

        if (head.Length == 0)
        {
            sink.Error(number, "entry with no key before the first '|'");
            return null;
        }

        if (schema.HasResult && string.IsNullOrEmpty(result))
        {
            sink.Error(number, $"'{head}' needs '-> CODE' after it");
            return null;
        }

        if (!schema.HasResult && result is not null)
        {
            sink.Error(number, $"'->' is not used in {schema.Kind} files");
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                sink.Error(number, $"field '{part}' is not 'label: value'");
                return null;
            }

            var label = part[..colon].Trim();
            var value = part[(colon + 1)..].Trim();
            if (!schema.Required.Contains(label) && !schema.Optional.Contains(label))
            {
                sink.Error(number, $"unknown field '{label}' in {schema.Kind}; allowed: {string.Join(", ", schema.Required.Concat(schema.Optional))}");
                return null;
            }

            if (!fields.TryAdd(label, value))
            {
                sink.Error(number, $"field '{label}' given twice");
                return null;
            }
        }

        var missing = schema.Required.Where(r => !fields.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
        {
            sink.Error(number, $"'{head}' lacks required field(s): {string.Join(", ", missing)}");
            return null;
        }

        return new RecordLine(number, head, result, fields);
    }
}
