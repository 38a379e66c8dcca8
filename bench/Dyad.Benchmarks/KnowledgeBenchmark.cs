using System.Diagnostics;
using Dyad.Knowledge.Index;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Benchmarks;

/// <summary>
/// Loads the Phoenix PETRARCH dictionaries (../shared/compat/phoenix) as <c>dyad knowledge check --format petrarch</c>
/// does: time per load, bytes allocated per load, the memory the loaded set keeps, and the same for compiling
/// the actor index from it.
/// </summary>
internal sealed class KnowledgeBenchmark : IBenchmark
{
    public string Name => "knowledge";

    public string Description => "load the Phoenix PETRARCH dictionaries and compile the actor index (time, memory)";

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
        var cpuTimes = new List<double>();
        long allocated = 0;
        for (var pass = 0; pass < options.Passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var knowledge = PetrarchKnowledgeLoader.Load(directory);
            watch.Stop();
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            GC.KeepAlive(knowledge);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        cpuTimes.Sort();
        output.WriteLine($"load: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms wall over {options.Passes} passes; median {cpuTimes[cpuTimes.Count / 2]:F0} ms CPU");
        var beforeLoad = GC.GetTotalMemory(forceFullCollection: true);
        var loaded = PetrarchKnowledgeLoader.Load(directory);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - beforeLoad;
        output.WriteLine($"memory: {allocated / 1048576.0:F1} MiB allocated per load, {retained / 1048576.0:F1} MiB retained by the loaded set");
        var compileTimes = new List<double>();
        for (var pass = 0; pass < options.Passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            var compiled = ActorIndex.Compile(loaded);
            watch.Stop();
            compileTimes.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(compiled);
        }

        var beforeIndex = GC.GetTotalMemory(forceFullCollection: true);
        var index = ActorIndex.Compile(loaded);
        var indexRetained = GC.GetTotalMemory(forceFullCollection: true) - beforeIndex;
        if (index.Match(["Russian", "troops"], new DateOnly(2014, 1, 1)).Count == 0)
        {
            output.WriteLine("the compiled index does not find 'Russian troops'");
            return 1;
        }

        compileTimes.Sort();
        output.WriteLine($"actor index compile: median {compileTimes[compileTimes.Count / 2]:F0} ms, min {compileTimes[0]:F0} ms; {indexRetained / 1048576.0:F1} MiB retained by the index");
        output.WriteLine($"process working set: {Environment.WorkingSet / 1048576.0:F0} MiB");
        return 0;
    }

    private static string PhoenixDirectory(string corpusPath)
    {
        var shared = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(corpusPath)!, "..", "..", ".."));
        return Path.Combine(shared, "compat", "phoenix");
    }
}
