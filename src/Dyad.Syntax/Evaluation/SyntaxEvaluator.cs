using System.Diagnostics;
using Dyad.Core.Conllu;

namespace Dyad.Syntax.Evaluation;

/// <summary>
/// Runs a model on the words of gold sentences and scores its output; only the analysis itself is timed. The
/// predictions can also be written as CoNLL-U, with the gold file's comments and multiword tokens, for error analysis.
/// </summary>
public static class SyntaxEvaluator
{
    public static SyntaxScores Evaluate(SyntaxModel model, IEnumerable<ConlluSentence> gold, TextWriter? predictions = null, int beamWidth = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gold);
        var workspace = new SyntaxWorkspace(beamWidth);
        var output = new SyntaxWord[64];
        var forms = new List<string>();
        var tally = new SyntaxTally();
        long ticks = 0;
        foreach (var sentence in gold)
        {
            forms.Clear();
            foreach (var word in sentence.Words)
            {
                forms.Add(word.Form);
            }

            if (output.Length < forms.Count)
            {
                output = new SyntaxWord[forms.Count * 2];
            }

            var start = Stopwatch.GetTimestamp();
            model.Analyze(forms, workspace, output);
            ticks += Stopwatch.GetTimestamp() - start;
            tally.Add(sentence, output.AsSpan(0, forms.Count));
            if (predictions is not null)
            {
                ConlluWriter.Write(predictions, Predicted(sentence, output));
            }
        }

        return tally.Scores((double)ticks / Stopwatch.Frequency);
    }

    private static ConlluSentence Predicted(ConlluSentence gold, SyntaxWord[] output)
    {
        var words = new ConlluWord[gold.Words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var word = gold.Words[i];
            var predicted = output[i];
            words[i] = word with
            {
                Lemma = predicted.Lemma,
                Upos = predicted.Upos,
                Xpos = predicted.Xpos,
                Feats = predicted.Features,
                Head = predicted.Head,
                Deprel = predicted.Relation,
                Deps = "_",
            };
        }

        return gold with { Words = [.. words] };
    }
}
