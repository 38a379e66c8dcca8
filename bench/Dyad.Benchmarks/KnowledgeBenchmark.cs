using System.Diagnostics;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Benchmarks;

/// <summary>
/// Loads the Phoenix PETRARCH dictionaries (../shared/compat/phoenix) as <c>dyad knowledge check --format petrarch</c>
/// does: time per load, bytes allocated per load, and the memory the loaded set keeps.
/// </summary>
internal sealed class KnowledgeBenchmark : IBenchmark
{
    public string Name => "knowledge";

    public string Description => "load the Phoenix PETRARCH dictionaries (time, allocations, retained memory)";

    public int Run(BenchmarkOptions options, TextWriter output)
    {
        var directory = PhoenixDirectory(options.CorpusPath);
        if (!Directory.Exists(directory))
        {
            output.WriteLine($"Phoenix dictionaries not found at {directory}");
            return 3;
        }

        var warmUp = PetrarchKnowledgeLoader.Load(directory);
        output.WriteLine($"phoenix: {warmUp.Actors.Count} actor records, {warmUp.Agents.Count} agents, {warmUp.VerbPatternCount} verb patterns");
        warmUp = null;
        var times = new List<double>();
        long allocated = 0;
        long retained = 0;
        for (var pass = 0; pass < options.Passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var knowledge = PetrarchKnowledgeLoader.Load(directory);
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            if (knowledge.Actors.Count == 0)
            {
                retained = 0;
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"load: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms over {options.Passes} passes");
        output.WriteLine($"memory: {allocated / 1048576.0:F1} MiB allocated per load, {retained / 1048576.0:F1} MiB retained by the loaded set");
        output.WriteLine($"process peak working set: {Environment.WorkingSet / 1048576.0:F0} MiB");
        return 0;
    }

    private static string PhoenixDirectory(string corpusPath)
    {
        var shared = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(corpusPath)!, "..", "..", ".."));
        return Path.Combine(shared, "compat", "phoenix");
    }
}
