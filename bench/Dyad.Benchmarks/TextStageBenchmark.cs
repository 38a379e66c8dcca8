using System.Diagnostics;
using System.Globalization;
using Dyad.Core.Stories;
using Dyad.Input;
using Dyad.Text;

namespace Dyad.Benchmarks;

/// <summary>
/// The text stage alone (dateline, sentences, tokens) on stories already in memory, in tokens per second on one
/// thread. Stories are read with the product's reader before timing starts.
/// </summary>
internal sealed class TextStageBenchmark : IBenchmark
{
    public string Name => "text-stage";

    public string Description => "dateline + sentences + tokens on in-memory stories, tokens/s on one core";

    public int Run(BenchmarkOptions options, TextWriter output)
    {
        var stories = Load(options.CorpusPath);
        var characters = stories.Sum(s => (long)s.Text.Length);
        var tokens = Pass(stories);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count} stories, {characters} characters, {tokens} tokens per pass"));

        var best = double.MaxValue;
        for (var pass = 0; pass < options.Passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            Pass(stories);
            var seconds = watch.Elapsed.TotalSeconds;
            best = Math.Min(best, seconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass + 1}: {seconds:F3} s, {tokens / seconds:N0} tokens/s"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best: {tokens / best:N0} tokens/s, {characters / best / 1e6:F1} M characters/s"));
        return 0;
    }

    private static long Pass(List<Story> stories)
    {
        long tokens = 0;
        foreach (var story in stories)
        {
            tokens += TextAnalyzer.Analyze(story).Tokens.Length;
        }

        return tokens;
    }

    private static List<Story> Load(string path) =>
        [.. new StoryReader(ReaderOptions.Default, () => Stream.Null).Read([path]).Where(r => r.Story is not null).Select(r => r.Story!)];
}
