using Dyad.Syntax.Clusters;
using Dyad.Syntax.Perceptron;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Tagging;

/// <summary>Trains a <see cref="Tagger"/> on treebank sentences, deterministically for a given seed.</summary>
internal static class TaggerTrainer
{
    private const int DictionaryMinimumCount = 20;
    private const double DictionaryMinimumShare = 0.97;

    /// <summary>
    /// The share of words whose classes each training step hides, so that the tagger also learns to tag from the word
    /// and its context alone: with every class shown, classes learnt from news outweighed both for words such as "evil"
    /// in "the evil awful Gondor" and "acting" in "would acting". 0.2 was chosen over 0.1 and 0.5 on EWT dev UPOS and
    /// the event evaluations.
    /// </summary>
    private const double HiddenClassShare = 0.2;

    /// <summary>Keeps the draws that hide classes apart from those that shuffle the sentences.</summary>
    private const int HidingSeedOffset = 1000;

    /// <summary>The features of word <c>position</c> of sentence <c>sentenceIndex</c>, given the two tags before it.</summary>
    private delegate int FeatureExtractor(TokenHashes words, int position, int previous, int beforePrevious, int sentenceIndex, Span<uint> features);

    public static Tagger Train(IReadOnlyList<TreebankSentence> sentences, TagSet tags, ClusterLookup clusters, int iterations, int seed)
    {
        var dictionary = BuildDictionary(sentences, tags);
        var model = Learn(sentences, tags, clusters, dictionary, iterations, seed, (words, i, previous, beforePrevious, _, features) =>
            TaggerFeatures.Extract(words, i, previous, beforePrevious, features));
        return new Tagger(tags, model.Compile(), null, dictionary);
    }

    /// <summary>
    /// Adds a second pass to <paramref name="first"/>, trained with <paramref name="firstPass"/> as the first pass's
    /// tags: these should come from taggers that did not see the sentence, so that they are as wrong as at run time.
    /// </summary>
    public static Tagger TrainSecondPass(Tagger first, IReadOnlyList<TreebankSentence> sentences, ClusterLookup clusters, IReadOnlyList<int[]> firstPass, int iterations, int seed)
    {
        var model = Learn(sentences, first.Tags, clusters, first.Dictionary, iterations, seed, (words, i, previous, beforePrevious, sentence, features) =>
            TaggerFeatures.ExtractSecondPass(words, i, previous, beforePrevious, firstPass[sentence], features));
        return new Tagger(first.Tags, first.Weights, model.Compile(), new Dictionary<string, int>(first.Dictionary, StringComparer.Ordinal));
    }

    /// <summary>
    /// Averaged-perceptron training over shuffled sentences, some word classes hidden; words in the tag dictionary are
    /// not learnt.
    /// </summary>
    private static AveragedPerceptron Learn(
        IReadOnlyList<TreebankSentence> sentences,
        TagSet tags,
        ClusterLookup clusters,
        IReadOnlyDictionary<string, int> dictionary,
        int iterations,
        int seed,
        FeatureExtractor extract)
    {
        var model = new AveragedPerceptron(tags.Count);
        var words = new TokenHashes();
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var hiding = new Random(seed + HidingSeedOffset);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = sentences[index];
                words.Fill(sentence.Forms, clusters);
                if (words.HasClasses)
                {
                    HideClasses(words, hiding);
                }

                var previous = -1;
                var beforePrevious = -1;
                for (var i = 0; i < sentence.Length; i++)
                {
                    var truth = tags.Joint[sentence.Tag(i)];
                    if (!dictionary.TryGetValue(sentence.Forms[i], out var guess))
                    {
                        var count = extract(words, i, previous, beforePrevious, index, features);
                        Array.Clear(scores);
                        model.AddScores(features[..count], scores);
                        guess = Tagger.ArgMax(scores);
                        if (guess != truth)
                        {
                            model.Update(features[..count], truth, guess);
                        }

                        model.Tick();
                    }

                    beforePrevious = previous;
                    previous = guess;
                }
            }
        }

        return model;
    }

    private static void HideClasses(TokenHashes words, Random random)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < HiddenClassShare)
            {
                words.Cluster[i] = 0;
            }
        }
    }

    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<TreebankSentence> sentences, TagSet tags)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Forms[i], out var byTag))
                {
                    byTag = [];
                    counts.Add(sentence.Forms[i], byTag);
                }

                var tag = tags.Joint[sentence.Tag(i)];
                byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.MaxBy(pair => (pair.Value, -pair.Key));
            if (total >= DictionaryMinimumCount && count >= DictionaryMinimumShare * total)
            {
                dictionary.Add(form, tag);
            }
        }

        return dictionary;
    }
}
