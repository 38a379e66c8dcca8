using System.Collections.Immutable;

namespace Dyad.Core.Conllu;

/// <summary>A CoNLL-U sentence: its comment lines (without "# "), words and multiword tokens. Empty nodes are not kept.</summary>
public sealed record ConlluSentence(
    ImmutableArray<string> Comments,
    ImmutableArray<ConlluWord> Words,
    ImmutableArray<ConlluMultiwordToken> MultiwordTokens)
{
    /// <summary>The value of the "text = …" comment, if present.</summary>
    public string? Text => Comment("text");

    public string? SentenceId => Comment("sent_id");

    /// <summary>Whether a "newpar" comment opens a paragraph here.</summary>
    public bool StartsParagraph => Comments.Any(c => c == "newpar" || c.StartsWith("newpar ", StringComparison.Ordinal));

    /// <summary>Whether a "newdoc" comment opens a document here.</summary>
    public bool StartsDocument => Comments.Any(c => c == "newdoc" || c.StartsWith("newdoc ", StringComparison.Ordinal));

    private string? Comment(string key)
    {
        var prefix = key + " = ";
        foreach (var comment in Comments)
        {
            if (comment.StartsWith(prefix, StringComparison.Ordinal))
            {
                return comment[prefix.Length..];
            }
        }

        return null;
    }
}
