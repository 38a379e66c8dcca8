namespace Dyad.Benchmarks.Syntax;

/// <summary>
/// Splits story text into sentences of words well enough to time the syntax model: lines, then words at spaces
/// with punctuation peeled off and "n't" and "'s" split. A stand-in until the benchmark can use the tokenizer of
/// Dyad.Text; the figures measure the model, not this splitter.
/// </summary>
internal static class RoughWords
{
    private const string Peeled = ".,;:!?\"“”‘’()[]";

    public static IEnumerable<List<string>> Sentences(string text)
    {
        var sentence = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var chunk in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var start = 0;
                var end = chunk.Length;
                while (start < end && Peeled.Contains(chunk[start], StringComparison.Ordinal))
                {
                    sentence.Add(chunk[start].ToString());
                    start++;
                }

                var trailing = end;
                while (trailing > start && Peeled.Contains(chunk[trailing - 1], StringComparison.Ordinal))
                {
                    trailing--;
                }

                if (trailing > start)
                {
                    AddWord(sentence, chunk[start..trailing]);
                }

                for (var i = trailing; i < end; i++)
                {
                    sentence.Add(chunk[i].ToString());
                    if (chunk[i] is '.' or '!' or '?' && sentence.Count > 1)
                    {
                        yield return sentence;
                        sentence = [];
                    }
                }
            }

            if (sentence.Count > 0)
            {
                yield return sentence;
                sentence = [];
            }
        }
    }

    private static void AddWord(List<string> sentence, string word)
    {
        foreach (var clitic in (ReadOnlySpan<string>)["n't", "'s", "’s"])
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                sentence.Add(word[..^clitic.Length]);
                sentence.Add(word[^clitic.Length..]);
                return;
            }
        }

        sentence.Add(word);
    }
}
