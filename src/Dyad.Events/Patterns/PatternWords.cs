using System.Collections.Immutable;

namespace Dyad.Events.Patterns;

/// <summary>
/// What one pattern element accepts: alternatives, each a run of consecutive lower-case words ("talks",
/// "peace plan"). A token matches a word when its lemma or its lower-cased form equals it.
/// </summary>
public sealed record PatternWords(ImmutableArray<ImmutableArray<string>> Alternatives)
{
    public static PatternWords Of(IEnumerable<string> words) =>
        new([.. words.Select(w => ImmutableArray.Create(w.Split(' ', StringSplitOptions.RemoveEmptyEntries)))]);

    /// <summary>Whether one alternative is exactly <paramref name="phrase"/>, its words joined by single spaces ("because of").</summary>
    public bool Accepts(string phrase) => Alternatives.Any(a => string.Join(' ', a) == phrase);

    public override string ToString() => string.Join(", ", Alternatives.Select(a => string.Join(' ', a)));
}
