namespace Dyad.Syntax;

/// <summary>A fixed list of names (tags, relations) and their ids, in the order they were first seen.</summary>
internal sealed class StringIndex
{
    private readonly Dictionary<string, int> _ids;

    public StringIndex(IReadOnlyList<string> names)
    {
        Names = [.. names];
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            _ids.Add(Names[i], i);
        }
    }

    public string[] Names { get; }

    public int Count => Names.Length;

    public int this[string name] => _ids[name];

    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);

    /// <summary>The distinct values in order of first appearance.</summary>
    public static StringIndex Collect(IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var value in values)
        {
            if (seen.Add(value))
            {
                names.Add(value);
            }
        }

        return new StringIndex(names);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Names.Length);
        foreach (var name in Names)
        {
            writer.Write(name);
        }
    }

    public static StringIndex Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        return new StringIndex(names);
    }
}
