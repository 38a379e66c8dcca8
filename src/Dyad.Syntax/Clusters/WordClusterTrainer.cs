namespace Dyad.Syntax.Clusters;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences: lower-cased words seen at least
/// <see cref="WordClusterOptions.MinimumCount"/> times are clustered once for each class count; rarer words share
/// one token that is never moved. Deterministic: the same sentences and options give the same classes.
/// </summary>
public static class WordClusterTrainer
{
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, WordClusterOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var lowered = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in lowered.SelectMany(s => s))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var vocabulary = counts.Where(pair => pair.Value >= options.MinimumCount)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            ids.Add(vocabulary[i], i);
        }

        var rare = vocabulary.Length;
        var boundary = vocabulary.Length + 1;
        var bigrams = BigramCounts.Count(lowered.Select(s => s.Select(w => ids.GetValueOrDefault(w, rare)).ToArray()), vocabulary.Length, 2, boundary);
        log?.WriteLine($"clusters: {lowered.Count} sentences, {bigrams.Total} bigrams, {vocabulary.Length} words seen {options.MinimumCount}+ times");
        var classes = options.ClassCounts.Select(count => ExchangeClustering.Run(bigrams, count, options.Iterations, log)).ToArray();
        return new WordClusters([.. options.ClassCounts], vocabulary, classes);
    }
}
