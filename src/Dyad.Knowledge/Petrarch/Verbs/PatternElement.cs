namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>One element of a verb pattern or synset: what a matcher looks for around the verb.</summary>
public abstract record PatternElement;

/// <summary>A word, or words that must be consecutive (written with <c>_</c>), upper case.</summary>
public sealed record WordElement(IReadOnlyList<string> Words) : PatternElement
{
    public override string ToString() => string.Join('_', Words);
}

/// <summary><c>&amp;NAME</c>: any member of the synonym set.</summary>
public sealed record SynsetElement(string Name) : PatternElement
{
    public override string ToString() => "&" + Name;
}

/// <summary><c>{A B HEAD}</c>: a noun phrase whose last element is its head.</summary>
public sealed record NounPhraseElement(IReadOnlyList<PatternElement> Parts) : PatternElement
{
    public PatternElement Head => Parts[^1];

    public override string ToString() => "{" + string.Join(' ', Parts) + "}";
}

/// <summary><c>(PREP object)</c>: a prepositional phrase; the complement may be empty or hold markers.</summary>
public sealed record PrepositionalElement(PatternElement Preposition, IReadOnlyList<PatternElement> Complement) : PatternElement
{
    public override string ToString() => "(" + string.Join(' ', Complement.Prepend(Preposition)) + ")";
}

/// <summary>A role marker: <c>$</c>, <c>+</c>, <c>%</c> or <c>^</c>.</summary>
public sealed record MarkerElement(PatternMarker Marker) : PatternElement
{
    public override string ToString() => Marker switch
    {
        PatternMarker.Source => "$",
        PatternMarker.Target => "+",
        PatternMarker.Compound => "%",
        _ => "^",
    };
}
