namespace Dyad.Core.Pipeline;

/// <summary>
/// Maps a stream on several threads and yields the results in input order. It takes the input in batches of
/// <c>threads × batchPerThread</c> items, so at most one batch of inputs and results is in memory at a time.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int batchPerThread = 32)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (threads == 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        var batchSize = threads * batchPerThread;
        var inputs = new List<TIn>(batchSize);
        var outputs = new TOut[batchSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        using var enumerator = source.GetEnumerator();
        while (true)
        {
            inputs.Clear();
            while (inputs.Count < batchSize && enumerator.MoveNext())
            {
                inputs.Add(enumerator.Current);
            }

            if (inputs.Count == 0)
            {
                yield break;
            }

            Parallel.For(0, inputs.Count, options, i => outputs[i] = map(inputs[i]));
            for (var i = 0; i < inputs.Count; i++)
            {
                yield return outputs[i];
                outputs[i] = default!;
            }
        }
    }
}
