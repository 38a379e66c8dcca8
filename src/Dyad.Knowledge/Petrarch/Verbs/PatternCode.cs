namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// The code in brackets after a pattern. <c>[032:033]</c> is a TABARI paired event: <see cref="Forward"/> for
/// source → target and <see cref="Reverse"/> for target → source; <c>[:173]</c> gives only the reverse event;
/// <c>[---]</c> is the null code (the pattern matches and blocks coding). Codes are CAMEO digits, kept as text
/// because leading zeros matter.
/// </summary>
public sealed record PatternCode(string? Forward, string? Reverse)
{
    public static PatternCode Null { get; } = new(null, null);

    public bool IsNull => Forward is null && Reverse is null;

    public override string ToString() => IsNull ? "[---]" : Reverse is null ? $"[{Forward}]" : $"[{Forward}:{Reverse}]";
}
