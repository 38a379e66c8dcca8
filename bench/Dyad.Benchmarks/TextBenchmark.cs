using Dyad.Input;
using Dyad.Text;

namespace Dyad.Benchmarks;

/// <summary>
/// Reading + dateline + sentences + tokens on one thread: the whole text path from file bytes to token spans.
/// </summary>
internal sealed class TextBenchmark : IBenchmark
{
    public string Name => "text";

    public string Description => "read stories, find datelines, split sentences and tokens (one core)";

    public int Run(BenchmarkOptions options, TextWriter output)
    {
        var reader = new StoryReader(ReaderOptions.Default with { DefaultDate = new DateOnly(2000, 1, 1) }, () => Stream.Null);
        long stories = 0, sentences = 0, characters = 0;
        var (seconds, tokens) = Measurement.Median(options.Passes, () =>
        {
            long count = 0;
            stories = sentences = characters = 0;
            foreach (var result in reader.Read([options.CorpusPath]))
            {
                if (result.Story is not { } story)
                {
                    continue;
                }

                var analyzed = TextAnalyzer.Analyze(story);
                count += analyzed.Tokens.Length;
                sentences += analyzed.Sentences.Length;
                characters += story.Text.Length;
                stories++;
            }

            return count;
        });

        output.WriteLine($"text: {options.CorpusPath}");
        output.WriteLine($"  {stories:N0} stories, {sentences:N0} sentences, {tokens:N0} tokens, {characters:N0} characters");
        output.WriteLine($"  median of {options.Passes} passes: {seconds:F3} s");
        output.WriteLine($"  {tokens / seconds:N0} tokens/s, {sentences / seconds:N0} sentences/s, {characters / seconds / 1e6:F1} M characters/s");
        output.WriteLine($"  {Measurement.PeakMemory()}");
        return 0;
    }
}
