namespace Dyad.Knowledge.Petrarch;

/// <summary>Phrase strings: words joined by blanks or underscores, matched without regard to case.</summary>
internal static class PetrarchPhrase
{
    private static readonly char[] Separators = ['_', ' ', '\t'];

    public static IReadOnlyList<string> Words(string phrase) =>
        phrase.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();
}
