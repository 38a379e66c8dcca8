using System.Diagnostics;
using Dyad.Core.Conllu;
using Dyad.Syntax.Lemmas;
using Dyad.Syntax.Morphology;
using Dyad.Syntax.Parsing;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax.Training;

/// <summary>
/// Trains a whole <see cref="SyntaxModel"/> from treebank sentences. Single-threaded and seeded, so the same data
/// and options give the same model file. Non-projective trees are left out of parser training (arc-eager cannot
/// build them) but still train the tagger and lemmatizer.
/// </summary>
public static class SyntaxTrainer
{
    public static SyntaxModel Train(IReadOnlyList<ConlluSentence> sentences, SyntaxTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var treebank = sentences.Select(TreebankSentence.From).ToList();
        var tags = new TagSet(StringIndex.Collect(treebank.SelectMany(s => Enumerable.Range(0, s.Length).Select(s.Tag))));
        var relations = StringIndex.Collect(treebank.SelectMany(s => s.Relations));
        log?.WriteLine($"{treebank.Count} sentences, {treebank.Sum(s => s.Length)} words, {tags.Count} tags, {relations.Count} relations");

        var predicted = PredictTagsByFold(treebank, tags, options, log, clock);
        var firstPass = TaggerTrainer.Train(treebank, tags, options.TaggerIterations, options.Seed);
        var tagger = TaggerTrainer.TrainSecondPass(firstPass, treebank, predicted, options.TaggerIterations, options.Seed);
        log?.WriteLine($"tagger: {tagger.Weights.FeatureCount} + {tagger.SecondPass!.FeatureCount} features ({clock.Elapsed.TotalSeconds:F0} s)");

        var examples = new List<ParserExample>();
        var hashes = new TokenHashes();
        for (var i = 0; i < treebank.Count; i++)
        {
            var sentence = treebank[i];
            if (!Projectivity.IsProjective(sentence.Heads))
            {
                continue;
            }

            hashes.Fill(sentence.Forms);
            var goldHeads = new int[sentence.Length + 1];
            var goldRelations = new int[sentence.Length + 1];
            goldHeads[0] = -1;
            goldRelations[0] = -1;
            for (var w = 0; w < sentence.Length; w++)
            {
                goldHeads[w + 1] = sentence.Heads[w];
                goldRelations[w + 1] = relations[sentence.Relations[w]];
            }

            examples.Add(new ParserExample(hashes.Lower[..sentence.Length], predicted[i], goldHeads, goldRelations));
        }

        log?.WriteLine($"parser: {examples.Count} projective sentences of {treebank.Count}; {options.ParserEpochs} epochs");
        var parser = ParserTrainer.Train(examples, relations, [.. tags.Upos.Select(u => u == "PUNCT")], options.ParserEpochs, options.Seed, log);
        log?.WriteLine($"parser: {parser.Weights.FeatureCount} features, {parser.Weights.WeightCount} weights ({clock.Elapsed.TotalSeconds:F0} s)");

        var lemmatizer = LemmatizerBuilder.Build(treebank, tags);
        var lexicon = FeatureLexiconBuilder.Build(treebank, tags);
        return new SyntaxModel(tagger, lemmatizer, lexicon, parser);
    }

    private static int[][] PredictTagsByFold(List<TreebankSentence> treebank, TagSet tags, SyntaxTrainingOptions options, TextWriter? log, Stopwatch clock)
    {
        var predicted = new int[treebank.Count][];
        var folds = Math.Max(1, options.Folds);
        var hashes = new TokenHashes();
        var features = new uint[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = folds == 1 ? treebank : treebank.Where((_, i) => i % folds != fold).ToList();
            var tagger = TaggerTrainer.Train(training, tags, options.TaggerIterations, options.Seed + fold + 1);
            var correct = 0;
            var total = 0;
            for (var i = fold; i < treebank.Count; i += folds)
            {
                var sentence = treebank[i];
                hashes.Fill(sentence.Forms);
                predicted[i] = new int[sentence.Length];
                tagger.TagFirstPass(sentence.Forms, hashes, predicted[i], features, scores);
                for (var w = 0; w < sentence.Length; w++)
                {
                    correct += predicted[i][w] == tags.Joint[sentence.Tag(w)] ? 1 : 0;
                }

                total += sentence.Length;
            }

            log?.WriteLine($"fold {fold + 1}/{folds}: held-out tag accuracy {100.0 * correct / Math.Max(1, total):F2} % ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        return predicted;
    }
}
