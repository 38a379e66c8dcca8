using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Reads <c>people.txt</c>: <c>japarov-sadyr | name: Sadyr Japarov | names: Sadyr Zhaparov | roles: KGZGOV
/// 2021-01-28.. president, …</c>. Two roles with the same code may not overlap.
/// </summary>
public static class PersonReader
{
    internal static readonly RecordFileSchema Schema = new("people", 1, new HashSet<string> { "name", "roles" }, new HashSet<string> { "names" }, HasResult: false);

    public static ReadResult<IReadOnlyList<Person>> Read(string path) => KnowledgeFile.Read(path, Read);

    public static ReadResult<IReadOnlyList<Person>> Parse(string text, string fileName) => KnowledgeFile.Parse(text, fileName, Read);

    internal static IReadOnlyList<Person> Read(IReadOnlyList<SourceLine> lines, DiagnosticSink sink)
    {
        var people = new List<Person>();
        foreach (var record in RecordFileReader.Read(lines, sink, Schema))
        {
            var roles = new List<PersonRole>();
            var ok = true;
            foreach (var roleText in record.List("roles"))
            {
                var role = ParseRole(roleText, record.Line, sink);
                if (role is null)
                {
                    ok = false;
                    continue;
                }

                var clash = roles.FirstOrDefault(r => r.Code == role.Code && r.Range.Overlaps(role.Range));
                if (clash is not null)
                {
                    sink.Error(record.Line, $"roles '{role.Code} {role.Range}' and '{clash.Code} {clash.Range}' overlap; merge them into one range");
                    ok = false;
                    continue;
                }

                roles.Add(role);
            }

            if (ok)
            {
                people.Add(new Person(record.Key, record.Field("name")!, record.List("names"), roles, new SourceLocation(sink.File, record.Line)));
            }
        }

        return people;
    }

    private static PersonRole? ParseRole(string text, int line, DiagnosticSink sink)
    {
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !DyadValues.IsUpperCode(parts[0], 3, 15))
        {
            sink.Error(line, $"role '{text}' must be 'CODE FROM..TO [title]'");
            return null;
        }

        var range = DyadValues.Range(parts[1], line, sink);
        return range is null ? null : new PersonRole(parts[0], range.Value, parts.Length > 2 ? parts[2] : null);
    }
}
