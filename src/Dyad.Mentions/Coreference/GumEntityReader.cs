using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dyad.Core.Conllu;
using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Reads GUM CoNLL-U files with entity annotation in MISC (<c>Entity=(1-person-…</c> opens a mention of entity 1,
/// <c>1)</c> closes it, <c>(5-time-…)</c> is a one-word mention) into documents with gold mentions. Each word is
/// placed in the rebuilt text by finding its form after the previous one.
/// </summary>
public static class GumEntityReader
{
    private const string DateComment = "meta::dateCreated = ";

    public static IEnumerable<GumDocument> ReadFile(string path) => Read(ConlluReader.ReadFile(path), Path.GetFileNameWithoutExtension(path));

    public static IEnumerable<GumDocument> Read(IEnumerable<ConlluSentence> sentences, string name)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var builder = new DocumentBuilder(name);
        foreach (var sentence in sentences)
        {
            if (sentence.StartsDocument && !builder.IsEmpty)
            {
                yield return builder.Build();
                builder = new DocumentBuilder(name);
            }

            builder.Add(sentence);
        }

        if (!builder.IsEmpty)
        {
            yield return builder.Build();
        }
    }

    private readonly record struct Word(TextSpan Span, int Head, string Upos);

    private readonly record struct Open(string Entity, string Type, int FirstWord);

    private readonly record struct Closed(string Entity, string Type, int FirstWord, int LastWord);

    private sealed class DocumentBuilder(string name)
    {
        private readonly StringBuilder _text = new();
        private readonly List<Word> _words = [];
        private readonly List<Open> _open = [];
        private readonly List<Closed> _mentions = [];
        private string? _id;
        private DateOnly? _date;

        public bool IsEmpty => _words.Count == 0 && _text.Length == 0;

        public void Add(ConlluSentence sentence)
        {
            foreach (var comment in sentence.Comments)
            {
                if (comment.StartsWith("newdoc id = ", StringComparison.Ordinal))
                {
                    _id = comment["newdoc id = ".Length..];
                }
                else if (comment.StartsWith(DateComment, StringComparison.Ordinal)
                    && DateOnly.TryParseExact(comment[DateComment.Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    _date = date;
                }
            }

            if (_text.Length > 0)
            {
                _text.Append(sentence.StartsParagraph ? '\n' : ' ');
            }

            var sentenceText = sentence.Text ?? string.Join(' ', sentence.Words.Select(w => w.Form));
            var offset = _text.Length;
            _text.Append(sentenceText);
            var firstWord = _words.Count;
            var cursor = 0;
            foreach (var word in sentence.Words)
            {
                var at = SurfaceSearch.Find(sentenceText, word.Form, ref cursor);
                var span = at < 0 ? new TextSpan(offset + cursor, offset + cursor) : new TextSpan(offset + at, offset + at + word.Form.Length);
                _words.Add(new Word(span, word.Head > 0 ? firstWord + word.Head - 1 : -1, word.Upos));
                ReadEntities(word.Misc, _words.Count - 1);
            }
        }

        public GumDocument Build()
        {
            var mentions = _mentions
                .Select(m => new GumMention(m.Entity, m.Type, new TextSpan(_words[m.FirstWord].Span.Start, _words[m.LastWord].Span.End), _words[HeadOf(m)].Span, _words[HeadOf(m)].Upos))
                .OrderBy(m => m.Span.Start)
                .ThenByDescending(m => m.Span.End)
                .ToImmutableArray();
            return new GumDocument(_id ?? name, _date, _text.ToString(), mentions);
        }

        /// <summary>The first word of the mention whose syntactic head lies outside it.</summary>
        private int HeadOf(Closed mention)
        {
            for (var w = mention.FirstWord; w <= mention.LastWord; w++)
            {
                var head = _words[w].Head;
                if (head < mention.FirstWord || head > mention.LastWord)
                {
                    return w;
                }
            }

            return mention.FirstWord;
        }

        private void ReadEntities(string misc, int word)
        {
            foreach (var item in misc.Split('|'))
            {
                if (item.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ReadEntity(item.AsSpan("Entity=".Length), word);
                }
            }
        }

        private void ReadEntity(ReadOnlySpan<char> value, int word)
        {
            var i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    var end = value[(i + 1)..].IndexOfAny('(', ')');
                    end = end < 0 ? value.Length : i + 1 + end;
                    var fields = value[(i + 1)..end].ToString().Split('-');
                    var type = fields.Length > 1 ? fields[1] : "";
                    if (end < value.Length && value[end] == ')')
                    {
                        _mentions.Add(new Closed(fields[0], type, word, word));
                        i = end + 1;
                    }
                    else
                    {
                        _open.Add(new Open(fields[0], type, word));
                        i = end;
                    }
                }
                else
                {
                    var end = value[i..].IndexOf(')');
                    end = end < 0 ? value.Length : i + end;
                    Close(value[i..end].ToString(), word);
                    i = end + 1;
                }
            }
        }

        private void Close(string entity, int word)
        {
            for (var o = _open.Count - 1; o >= 0; o--)
            {
                if (_open[o].Entity == entity)
                {
                    _mentions.Add(new Closed(entity, _open[o].Type, _open[o].FirstWord, word));
                    _open.RemoveAt(o);
                    return;
                }
            }
        }
    }
}
