using Dyad.Benchmarks.Events;
using Dyad.Benchmarks.Syntax;

namespace Dyad.Benchmarks;

/// <summary>Every benchmark this project can run, by name.</summary>
internal static class BenchmarkTable
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new TextBenchmark(),
        new TextStageBenchmark(),
        new KnowledgeBenchmark(),
        new SyntaxBenchmark(),
        new EventsBenchmark(),
    ];
}
