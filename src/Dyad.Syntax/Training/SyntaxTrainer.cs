using System.Diagnostics;
using Dyad.Core.Conllu;
using Dyad.Syntax.Clusters;
using Dyad.Syntax.Lemmas;
using Dyad.Syntax.Morphology;
using Dyad.Syntax.Parsing;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax.Training;

/// <summary>
/// Trains a whole <see cref="SyntaxModel"/> from treebank sentences. Single-threaded and seeded, so the same data
/// and options give the same model file. Non-projective trees, which arc-eager cannot build, train the parser
/// after lifting; the few that cannot be lifted still train the tagger and lemmatizer. Development sentences, when
/// given, choose the parser's epoch; without them the last epoch is kept.
/// </summary>
public static class SyntaxTrainer
{
    public static SyntaxModel Train(IReadOnlyList<ConlluSentence> sentences, SyntaxTrainingOptions options, TextWriter? log = null, IReadOnlyList<ConlluSentence>? development = null, WordClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var lookup = clusters is null ? ClusterLookup.Empty : ClusterLookup.From(clusters);
        var treebank = sentences.Select(TreebankSentence.From).ToList();
        var tags = new TagSet(StringIndex.Collect(treebank.SelectMany(s => Enumerable.Range(0, s.Length).Select(s.Tag))));
        var relations = StringIndex.Collect(treebank.SelectMany(s => s.Relations));
        log?.WriteLine($"{treebank.Count} sentences, {treebank.Sum(s => s.Length)} words, {tags.Count} tags, {relations.Count} relations");

        var predicted = PredictTagsByFold(treebank, tags, options, log, clock);
        var firstPass = TaggerTrainer.Train(treebank, tags, lookup, options.TaggerIterations, options.Seed);
        var tagger = TaggerTrainer.TrainSecondPass(firstPass, treebank, lookup, predicted, options.TaggerIterations, options.Seed);
        log?.WriteLine($"tagger: {tagger.Weights.FeatureCount} + {tagger.SecondPass!.FeatureCount} features ({clock.Elapsed.TotalSeconds:F0} s)");

        var examples = new List<ParserExample>();
        var lifted = 0;
        for (var i = 0; i < treebank.Count; i++)
        {
            var sentence = treebank[i];
            var heads = Projectivity.IsProjective(sentence.Heads) ? sentence.Heads : Projectivity.Lift(sentence.Heads);
            if (heads is null)
            {
                continue;
            }

            lifted += heads == sentence.Heads ? 0 : 1;
            examples.Add(Example(sentence, heads, predicted[i], relations));
        }

        var developmentExamples = development is null ? null : DevelopmentExamples(development, tagger, relations, lookup);
        log?.WriteLine($"parser: {examples.Count} sentences of {treebank.Count} ({lifted} made projective by lifting); {options.ParserEpochs} epochs");
        bool[] punctuationTags = [.. tags.Upos.Select(u => u == "PUNCT")];
        var parser = options.BeamWidth > 1
            ? GlobalParserTrainer.Train(examples, relations, punctuationTags, options.ParserEpochs, options.BeamWidth, options.Seed, log, developmentExamples)
            : ParserTrainer.Train(examples, relations, punctuationTags, options.ParserEpochs, options.Seed, log, developmentExamples);
        log?.WriteLine($"parser: {parser.Weights.FeatureCount} features, {parser.Weights.WeightCount} weights ({clock.Elapsed.TotalSeconds:F0} s)");

        var lemmatizer = LemmatizerBuilder.Build(treebank, tags);
        var lexicon = FeatureLexiconBuilder.Build(treebank, tags);
        return new SyntaxModel(lookup, tagger, lemmatizer, lexicon, parser);
    }

    /// <summary>A parser training sentence with gold heads and relations at 1..n; relations unknown to training are -1.</summary>
    private static ParserExample Example(TreebankSentence sentence, int[] heads, int[] tags, StringIndex relations)
    {
        var hashes = new TokenHashes();
        hashes.Fill(sentence.Forms, ClusterLookup.Empty);
        var goldHeads = new int[sentence.Length + 1];
        var goldRelations = new int[sentence.Length + 1];
        goldHeads[0] = -1;
        goldRelations[0] = -1;
        for (var w = 0; w < sentence.Length; w++)
        {
            goldHeads[w + 1] = heads[w];
            goldRelations[w + 1] = relations.TryGetId(sentence.Relations[w], out var relation) ? relation : -1;
        }

        return new ParserExample(hashes.Lower[..sentence.Length], tags, goldHeads, goldRelations);
    }

    /// <summary>Development sentences with the tags the finished tagger gives them, as the parser will meet them.</summary>
    private static List<ParserExample> DevelopmentExamples(IReadOnlyList<ConlluSentence> development, Tagger tagger, StringIndex relations, ClusterLookup clusters)
    {
        var examples = new List<ParserExample>(development.Count);
        var hashes = new TokenHashes();
        var features = new uint[TaggerFeatures.Max];
        var scores = new float[tagger.Tags.Count];
        foreach (var sentence in development.Select(TreebankSentence.From))
        {
            hashes.Fill(sentence.Forms, clusters);
            var tags = new int[sentence.Length];
            tagger.Tag(sentence.Forms, hashes, tags, new int[sentence.Length], features, scores);
            examples.Add(Example(sentence, sentence.Heads, tags, relations));
        }

        return examples;
    }

    /// <summary>
    /// The parser's training tags, from taggers without the word classes: the parser then does not depend on the class
    /// table, so new classes change only the tagger, and it is the parser a model without classes would have.
    /// </summary>
    private static int[][] PredictTagsByFold(List<TreebankSentence> treebank, TagSet tags, SyntaxTrainingOptions options, TextWriter? log, Stopwatch clock)
    {
        var clusters = ClusterLookup.Empty;
        var predicted = new int[treebank.Count][];
        var folds = Math.Max(1, options.Folds);
        var hashes = new TokenHashes();
        var features = new uint[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = folds == 1 ? treebank : treebank.Where((_, i) => i % folds != fold).ToList();
            var tagger = TaggerTrainer.Train(training, tags, clusters, options.TaggerIterations, options.Seed + fold + 1);
            var correct = 0;
            var total = 0;
            for (var i = fold; i < treebank.Count; i += folds)
            {
                var sentence = treebank[i];
                hashes.Fill(sentence.Forms, clusters);
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
