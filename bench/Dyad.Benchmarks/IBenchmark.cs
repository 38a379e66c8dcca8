namespace Dyad.Benchmarks;

/// <summary>One named benchmark: it runs on the given corpus and prints its figures.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Runs the benchmark and returns 0, or a non-zero code after printing why it could not run.</summary>
    int Run(BenchmarkOptions options, TextWriter output);
}
