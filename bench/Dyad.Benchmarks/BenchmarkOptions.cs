namespace Dyad.Benchmarks;

/// <summary>What every benchmark takes: the corpus file and how many timed passes to make after one warm-up pass.</summary>
internal readonly record struct BenchmarkOptions(string CorpusPath, int Passes);
