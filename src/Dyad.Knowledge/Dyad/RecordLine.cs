namespace Dyad.Knowledge.Dyad;

/// <summary>
/// One entry of a Dyad knowledge file: <c>key [-&gt; result] | label: value | label: value</c>, at a 1-based line.
/// Labels are lower case; a value may be a comma-separated list.
/// </summary>
internal sealed record RecordLine(int Line, string Key, string? Result, IReadOnlyDictionary<string, string> Fields)
{
    public string? Field(string label) => Fields.TryGetValue(label, out var value) ? value : null;

    public IReadOnlyList<string> List(string label) =>
        Field(label) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
