using System.Diagnostics;
using Dyad.Core.Conllu;
using Dyad.Core.Stories;
using Dyad.Syntax;
using Dyad.Syntax.Evaluation;
using Dyad.Text;
using Dyad.Text.Evaluation;

namespace Dyad.Cli.Evaluation;

/// <summary>
/// Scores the text stage and the syntax model together on raw text rebuilt from gold CoNLL-U, as 'dyad eval text'
/// rebuilds it. It lives in the CLI because it needs both the text and the syntax projects, which do not know each
/// other. The text stage, tagging and parsing are timed; reading and scoring are not.
/// </summary>
internal static class RawSyntaxEvaluator
{
    public static RawSyntaxScores Evaluate(SyntaxModel model, IEnumerable<ConlluSentence> gold, string name, int? beamWidth = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var workspace = beamWidth is { } width ? new SyntaxWorkspace(width) : new SyntaxWorkspace();
        var output = new SyntaxWord[64];
        var tally = new RawSyntaxTally();
        long ticks = 0;
        foreach (var document in GoldDocumentReader.Read(gold, name))
        {
            var start = Stopwatch.GetTimestamp();
            var story = TextAnalyzer.Analyze(new Story { Id = document.Id, Text = document.Text });
            var system = new SpannedWord[story.Tokens.Length];
            foreach (var sentence in story.Sentences)
            {
                if (output.Length < sentence.TokenCount)
                {
                    output = new SyntaxWord[Math.Max(sentence.TokenCount, output.Length * 2)];
                }

                model.Analyze(story.Words(sentence), workspace, output);
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    var token = story.Tokens[sentence.FirstToken + i];
                    var word = output[i];
                    system[sentence.FirstToken + i] = new SpannedWord(new TextSpan(token.Start, token.End), word.Upos, word.Lemma, word.Head == 0 ? -1 : sentence.FirstToken + word.Head - 1, word.Relation);
                }
            }

            ticks += Stopwatch.GetTimestamp() - start;
            var systemSentences = story.Sentences.Where(s => s.TokenCount > 0).Select(s => new TextSpan(story.Tokens[s.FirstToken].Start, story.Tokens[s.FirstToken + s.TokenCount - 1].End)).ToList();
            tally.Add(GoldWords(document), GoldSentences(document), system, systemSentences);
        }

        return tally.Scores((double)ticks / Stopwatch.Frequency);
    }

    private static SpannedWord[] GoldWords(GoldDocument document)
    {
        var words = new SpannedWord[document.WordSpans.Length];
        var first = 0;
        foreach (var sentence in document.Sentences)
        {
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var word = sentence.Words[i];
                words[first + i] = new SpannedWord(document.WordSpans[first + i], word.Upos, word.Lemma, word.Head == 0 ? -1 : first + word.Head - 1, word.Deprel);
            }

            first += sentence.Words.Length;
        }

        return words;
    }

    /// <summary>Each gold sentence's span, from its first placed word to its last; a sentence with none placed has none.</summary>
    private static List<TextSpan> GoldSentences(GoldDocument document)
    {
        var spans = new List<TextSpan>(document.Sentences.Length);
        var first = 0;
        foreach (var sentence in document.Sentences)
        {
            var placed = document.WordSpans.AsSpan(first, sentence.Words.Length);
            TextSpan? start = null;
            TextSpan? end = null;
            foreach (var span in placed)
            {
                start ??= span;
                end = span ?? end;
            }

            if (start is { } s && end is { } e)
            {
                spans.Add(new TextSpan(s.Start, e.End));
            }

            first += sentence.Words.Length;
        }

        return spans;
    }
}
