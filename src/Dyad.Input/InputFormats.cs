namespace Dyad.Input;

/// <summary>Decides the format of an input from its name, else from its first non-blank line.</summary>
public static class InputFormats
{
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson", ".json"];

    /// <summary>The extensions (before any .gz) that a directory walk picks up.</summary>
    public static IReadOnlyList<string> DirectoryExtensions { get; } = [".txt", ".wire", ".jsonl", ".ndjson", ".json"];

    public static InputFormat? FromName(string name)
    {
        var extension = Path.GetExtension(WithoutGzip(name));
        return JsonLinesExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? InputFormat.JsonLines : null;
    }

    public static InputFormat FromFirstLine(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        if (trimmed.StartsWith("{"))
        {
            return InputFormat.JsonLines;
        }

        return WireDateLine.TryParse(line, out _) ? InputFormat.Wire : InputFormat.PlainText;
    }

    public static bool IsGzip(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static string WithoutGzip(string name) => IsGzip(name) ? name[..^3] : name;
}
