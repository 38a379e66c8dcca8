using Dyad.Core.Pipeline;

namespace Dyad.Core.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1000)]
    [InlineData(4, 1000)]
    [InlineData(3, 7)]
    public void Map_AnyThreadCount_KeepsInputOrder(int threads, int count)
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, count), i => i * 2, threads, batchPerThread: 4).ToList();

        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 2), results);
    }

    [Fact]
    public void Map_LongInput_HoldsAtMostOneBatchAhead()
    {
        var read = 0;
        var maxAhead = 0;
        var source = Enumerable.Range(0, 500).Select(i =>
        {
            Interlocked.Increment(ref read);
            return i;
        });
        var yielded = 0;

        foreach (var _ in OrderedParallel.Map(source, i => i, threads: 2, batchPerThread: 5))
        {
            yielded++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - yielded);
        }

        Assert.Equal(500, yielded);
        Assert.True(maxAhead < 10, $"read {maxAhead} items ahead of the consumer; a batch is 10");
    }
}
