using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// <c>- before * after [code]</c>: what must stand before and after the verb of a block. An event coder matches the
/// elements against the verb's dependents (subject side and object side) and emits <see cref="Code"/>.
/// </summary>
public sealed record VerbPattern(string BlockName, IReadOnlyList<PatternElement> BeforeVerb, IReadOnlyList<PatternElement> AfterVerb, PatternCode Code, SourceLocation Source)
{
    public override string ToString() =>
        string.Join(' ', BeforeVerb.Select(e => e.ToString()).Append("*").Concat(AfterVerb.Select(e => e.ToString()))) + " " + Code;
}
