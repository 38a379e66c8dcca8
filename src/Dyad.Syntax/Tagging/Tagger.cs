using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger over joint UPOS/XPOS tags, in two passes: the second sees
/// the first pass's tags to the right of each word. Frequent words that almost always carry one tag take it from
/// the tag dictionary without scoring. Words the caller knows to be part of a name (from the actor dictionaries)
/// take the best-scoring name tag, so the following tags and the parse build on it.
/// </summary>
internal sealed class Tagger
{
    private readonly Dictionary<string, int> _dictionary;

    public Tagger(TagSet tags, WeightTable weights, WeightTable? secondPass, Dictionary<string, int> dictionary)
    {
        Tags = tags;
        Weights = weights;
        SecondPass = secondPass;
        _dictionary = dictionary;
    }

    public TagSet Tags { get; }

    public WeightTable Weights { get; }

    /// <summary>The weights of the second pass; a tagger without them (one trained for a jackknife fold) makes one pass.</summary>
    public WeightTable? SecondPass { get; }

    public IReadOnlyDictionary<string, int> Dictionary => _dictionary;

    /// <summary>
    /// Tags the words; <paramref name="firstPass"/> is scratch space as long as the sentence. <paramref name="names"/>
    /// is empty or parallel to the words: true for a word that is part of a name.
    /// </summary>
    public void Tag(IReadOnlyList<string> forms, TokenHashes words, Span<int> tags, Span<int> firstPass, Span<uint> features, Span<float> scores, ReadOnlySpan<bool> names = default)
    {
        if (SecondPass is null)
        {
            TagFirstPass(forms, words, tags, features, scores, names);
            return;
        }

        TagFirstPass(forms, words, firstPass, features, scores, names);
        TagSecondPass(forms, words, firstPass, tags, SecondPass, features, scores, names);
    }

    public void TagFirstPass(IReadOnlyList<string> forms, TokenHashes words, Span<int> tags, Span<uint> features, Span<float> scores, ReadOnlySpan<bool> names = default)
    {
        var previous = -1;
        var beforePrevious = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_dictionary.TryGetValue(forms[i], out var tag))
            {
                var count = TaggerFeatures.Extract(words, i, previous, beforePrevious, features);
                var classScores = scores[..Tags.Count];
                classScores.Clear();
                Weights.AddScores(features[..count], classScores);
                tag = Best(classScores, IsName(names, i));
            }

            tags[i] = tag;
            beforePrevious = previous;
            previous = tag;
        }
    }

    private void TagSecondPass(IReadOnlyList<string> forms, TokenHashes words, ReadOnlySpan<int> firstPass, Span<int> tags, WeightTable weights, Span<uint> features, Span<float> scores, ReadOnlySpan<bool> names)
    {
        var previous = -1;
        var beforePrevious = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_dictionary.TryGetValue(forms[i], out var tag))
            {
                var count = TaggerFeatures.ExtractSecondPass(words, i, previous, beforePrevious, firstPass, features);
                var classScores = scores[..Tags.Count];
                classScores.Clear();
                weights.AddScores(features[..count], classScores);
                tag = Best(classScores, IsName(names, i));
            }

            tags[i] = tag;
            beforePrevious = previous;
            previous = tag;
        }
    }

    public void Write(BinaryWriter writer)
    {
        Tags.Joint.Write(writer);
        Weights.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
        writer.Write(_dictionary.Count);
        foreach (var (form, tag) in _dictionary)
        {
            writer.Write(form);
            writer.Write(tag);
        }
    }

    public static Tagger Read(BinaryReader reader)
    {
        var tags = new TagSet(StringIndex.Read(reader));
        var weights = WeightTable.Read(reader);
        var secondPass = reader.ReadBoolean() ? WeightTable.Read(reader) : null;
        var count = reader.ReadInt32();
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            dictionary.Add(reader.ReadString(), reader.ReadInt32());
        }

        return new Tagger(tags, weights, secondPass, dictionary);
    }

    private static bool IsName(ReadOnlySpan<bool> names, int i) => !names.IsEmpty && names[i];

    private int Best(ReadOnlySpan<float> scores, bool isName)
    {
        if (!isName)
        {
            return ArgMax(scores);
        }

        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (Tags.IsNameTag[i] && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best < 0 ? ArgMax(scores) : best;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
