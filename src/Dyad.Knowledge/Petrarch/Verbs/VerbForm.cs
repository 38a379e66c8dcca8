namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// One spelling of a verb: its words (upper case) and which of them is the verb proper (<c>+</c> in multi-word
/// verbs such as <c>+CORDON_OFF</c> or <c>WIRE_+TAP</c>; the only word otherwise).
/// </summary>
public sealed record VerbForm(IReadOnlyList<string> Words, int HeadIndex)
{
    public string Head => Words[HeadIndex];

    public override string ToString() => string.Join('_', Words.Select((w, i) => i == HeadIndex && Words.Count > 1 ? "+" + w : w));
}
