using System.Collections.Immutable;
using System.Text;
using Dyad.Core.Conllu;
using Dyad.Core.Stories;

namespace Dyad.Text.Evaluation;

/// <summary>
/// Rebuilds raw documents from CoNLL-U sentences: each sentence's "# text", joined by a space, or by a newline
/// where a "newpar" comment opens a paragraph; a "newdoc" comment starts a new document.
/// </summary>
public static class GoldDocumentReader
{
    public static IEnumerable<GoldDocument> Read(IEnumerable<ConlluSentence> sentences, string name)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        var ends = ImmutableArray.CreateBuilder<int>();
        var words = ImmutableArray.CreateBuilder<TextSpan>();
        var documentSentences = ImmutableArray.CreateBuilder<ConlluSentence>();
        var wordSpans = ImmutableArray.CreateBuilder<TextSpan?>();
        var unaligned = 0;
        var id = name;
        var index = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.StartsDocument && text.Length > 0)
            {
                yield return new GoldDocument(id, text.ToString(), ends.DrainToImmutable(), words.DrainToImmutable()) { UnalignedWords = unaligned, Sentences = documentSentences.DrainToImmutable(), WordSpans = wordSpans.DrainToImmutable() };
                text.Clear();
                unaligned = 0;
                index++;
            }

            if (text.Length == 0)
            {
                id = DocumentId(sentence) ?? $"{name}#{index + 1}";
            }
            else
            {
                text.Append(sentence.StartsParagraph ? '\n' : ' ');
            }

            var sentenceText = sentence.Text ?? string.Join(' ', sentence.Words.Select(w => w.Form));
            var offset = text.Length;
            text.Append(sentenceText);
            documentSentences.Add(sentence);
            var end = Align(sentenceText, sentence, offset, words, wordSpans, ref unaligned);
            if (end > offset)
            {
                ends.Add(end);
            }
        }

        if (text.Length > 0)
        {
            yield return new GoldDocument(id, text.ToString(), ends.DrainToImmutable(), words.DrainToImmutable()) { UnalignedWords = unaligned, Sentences = documentSentences.DrainToImmutable(), WordSpans = wordSpans.DrainToImmutable() };
        }
    }

    private static string? DocumentId(ConlluSentence sentence)
    {
        foreach (var comment in sentence.Comments)
        {
            if (comment.StartsWith("newdoc id = ", StringComparison.Ordinal))
            {
                return comment["newdoc id = ".Length..];
            }
        }

        return null;
    }

    /// <summary>Places the sentence's words in its text; returns the end offset of the last one placed.</summary>
    private static int Align(string sentenceText, ConlluSentence sentence, int offset, ImmutableArray<TextSpan>.Builder words, ImmutableArray<TextSpan?>.Builder wordSpans, ref int unaligned)
    {
        var cursor = 0;
        var last = offset;
        var multiword = 0;
        var wordIndex = 0;
        while (wordIndex < sentence.Words.Length)
        {
            var word = sentence.Words[wordIndex];
            ConlluMultiwordToken? token = null;
            while (multiword < sentence.MultiwordTokens.Length && sentence.MultiwordTokens[multiword].Last < word.Id)
            {
                multiword++;
            }

            if (multiword < sentence.MultiwordTokens.Length && sentence.MultiwordTokens[multiword].First == word.Id)
            {
                token = sentence.MultiwordTokens[multiword];
            }

            var surface = token?.Form ?? word.Form;
            var at = SurfaceSearch.Find(sentenceText, surface, ref cursor);
            var count = token is null ? 1 : Math.Min(token.Last - token.First + 1, sentence.Words.Length - wordIndex);
            if (at < 0)
            {
                unaligned += count;
                wordSpans.AddRange(Enumerable.Repeat<TextSpan?>(null, count));
                wordIndex += count;
                continue;
            }

            if (token is null)
            {
                var span = new TextSpan(offset + at, offset + at + surface.Length);
                words.Add(span);
                wordSpans.Add(span);
            }
            else
            {
                AddMultiword(sentenceText.AsSpan(at, surface.Length), sentence.Words.AsSpan(wordIndex, count), offset + at, words, wordSpans);
            }

            wordIndex += count;

            last = offset + at + surface.Length;
        }

        return last;
    }

    /// <summary>
    /// The words' spans when their forms spell the surface token (ignoring case), else the token as one unit, which
    /// none of its words has as its own span.
    /// </summary>
    private static void AddMultiword(ReadOnlySpan<char> surface, ReadOnlySpan<ConlluWord> parts, int start, ImmutableArray<TextSpan>.Builder words, ImmutableArray<TextSpan?>.Builder wordSpans)
    {
        if (!Spells(surface, parts))
        {
            words.Add(new TextSpan(start, start + surface.Length));
            wordSpans.AddRange(Enumerable.Repeat<TextSpan?>(null, parts.Length));
            return;
        }

        var position = 0;
        foreach (var part in parts)
        {
            var span = new TextSpan(start + position, start + position + part.Form.Length);
            words.Add(span);
            wordSpans.Add(span);
            position += part.Form.Length;
        }
    }

    private static bool Spells(ReadOnlySpan<char> surface, ReadOnlySpan<ConlluWord> parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            if (!surface[position..].StartsWith(part.Form, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            position += part.Form.Length;
        }

        return position == surface.Length;
    }
}
