using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>A person: an id, the usual name and its variants, and dated roles.</summary>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Names, IReadOnlyList<PersonRole> Roles, SourceLocation Source)
{
    /// <summary>The code of the first role that holds on <paramref name="date"/>, or null.</summary>
    public PersonRole? RoleOn(DateOnly date) => Roles.FirstOrDefault(r => r.Range.Contains(date));
}
