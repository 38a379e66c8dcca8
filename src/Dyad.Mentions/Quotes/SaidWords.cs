using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Quotes;

/// <summary>The words that report speech, and the nouns that name a document able to "say" something.</summary>
internal static class SaidWords
{
    /// <summary>Forms of verbs of saying, folded, for direct quotes read without syntax.</summary>
    private static readonly HashSet<string> Forms = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "noted", "notes", "stressed", "stresses", "added", "adds", "stated", "states", "told", "tells",
        "wrote", "writes", "emphasized", "emphasised", "emphasizes", "emphasises", "declared", "declares", "announced",
        "announces", "reads", "read", "continued", "explained", "insisted", "warned", "underlined", "highlighted", "asserted",
        "remarked", "replied", "recalled", "reiterated", "urged", "claimed", "asked",
    };

    /// <summary>Lemmas of verbs whose clausal complement is reported speech ("said that …").</summary>
    private static readonly HashSet<string> Lemmas = new(StringComparer.Ordinal)
    {
        "say", "tell", "note", "stress", "state", "add", "emphasize", "emphasise", "point", "announce", "declare", "confirm",
        "reaffirm", "highlight", "underline", "report", "claim", "insist", "warn", "explain", "argue", "write", "recall",
        "reiterate", "assert", "remark",
    };

    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "statement", "communique", "declaration", "document", "memorandum", "report", "letter", "resolution", "text",
        "release", "message", "note", "decree", "agreement",
    };

    /// <summary>Nouns that refer back to a document already named rather than introduce one.</summary>
    private static readonly HashSet<string> Anaphoric = new(StringComparer.Ordinal) { "document", "text" };

    public static bool IsSayingForm(string token) => Forms.Contains(TextFold.Fold(token));

    public static bool IsSayingLemma(string lemma) => Lemmas.Contains(lemma.ToLowerInvariant());

    public static bool IsDocument(string token) => Documents.Contains(TextFold.Fold(token));

    public static bool IsAnaphoricDocument(string token) => Anaphoric.Contains(TextFold.Fold(token));
}
