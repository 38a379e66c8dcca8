using System.Collections.Immutable;
using Dyad.Core.Conllu;
using Dyad.Core.Stories;

namespace Dyad.Text.Evaluation;

/// <summary>
/// A document rebuilt from a CoNLL-U file: its raw text, where its gold sentences end, and the spans of its gold
/// syntactic words (a multiword token whose words cannot be placed inside it counts as one span).
/// </summary>
public sealed record GoldDocument(string Id, string Text, ImmutableArray<int> SentenceEnds, ImmutableArray<TextSpan> Words)
{
    /// <summary>Gold words whose form was not found in the sentence text; they are left out of <see cref="Words"/>.</summary>
    public int UnalignedWords { get; init; }

    /// <summary>The gold sentences the document was rebuilt from.</summary>
    public ImmutableArray<ConlluSentence> Sentences { get; init; } = [];

    /// <summary>
    /// The span of every word of <see cref="Sentences"/>, in order; null for a word that was not found, or that lies in a
    /// multiword token its forms do not spell, since no span of the text is that word alone.
    /// </summary>
    public ImmutableArray<TextSpan?> WordSpans { get; init; } = [];
}
