using System.Diagnostics;

namespace Dyad.Benchmarks;

/// <summary>Times one warm-up pass and then <c>passes</c> timed passes, and reports the median.</summary>
internal static class Measurement
{
    /// <summary>Runs <paramref name="pass"/> (which returns the number of units it processed) and returns the median seconds per pass and the units of one pass.</summary>
    public static (double MedianSeconds, long Units) Median(int passes, Func<long> pass)
    {
        var units = pass();
        var seconds = new List<double>(passes);
        for (var i = 0; i < passes; i++)
        {
            var watch = Stopwatch.StartNew();
            var counted = pass();
            seconds.Add(watch.Elapsed.TotalSeconds);
            if (counted != units)
            {
                throw new InvalidOperationException($"pass {i + 1} processed {counted} units, the warm-up {units}");
            }
        }

        seconds.Sort();
        return (seconds[seconds.Count / 2], units);
    }

    public static string PeakMemory() => $"{Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB peak working set";
}
