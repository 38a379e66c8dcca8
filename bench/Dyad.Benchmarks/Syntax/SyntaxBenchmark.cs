using System.Diagnostics;
using System.Text.Json;
using Dyad.Core.Stories;
using Dyad.Syntax;
using Dyad.Text;

namespace Dyad.Benchmarks.Syntax;

/// <summary>
/// Tags and parses the first <see cref="SampleWords"/> words of the corpus on one thread and reports words per
/// second, with the model's load time and the memory it holds.
/// </summary>
internal sealed class SyntaxBenchmark : IBenchmark
{
    private const int SampleWords = 300_000;

    public string Name => "syntax";

    public string Description => $"tagging + parsing speed on the first {SampleWords:N0} words of the corpus, one thread";

    public int Run(BenchmarkOptions options, TextWriter output)
    {
        var modelPath = SyntaxModelFiles.Installed;
        if (!File.Exists(modelPath))
        {
            output.WriteLine($"model {modelPath} not found; build the solution so the shipped model is copied next to the benchmark");
            return 3;
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var model = SyntaxModel.Load(modelPath);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var modelBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        var sentences = Sample(options.CorpusPath);
        var words = sentences.Sum(s => s.Count);
        var workspace = new SyntaxWorkspace();
        var result = new SyntaxWord[sentences.Max(s => s.Count)];
        output.WriteLine($"model      {modelPath} ({new FileInfo(modelPath).Length / 1048576.0:F1} MB on disk)");
        output.WriteLine($"load       {loadSeconds:F2} s, {modelBytes / 1048576.0:F0} MB managed heap");
        output.WriteLine($"sample     {sentences.Count:N0} sentences, {words:N0} words");
        for (var pass = 0; pass <= options.Passes; pass++)
        {
            clock.Restart();
            foreach (var sentence in sentences)
            {
                model.Analyze(sentence, workspace, result);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine($"{(pass == 0 ? "warm-up" : $"pass {pass}"),-10} {words / seconds:N0} words/s ({seconds:F2} s)");
        }

        output.WriteLine($"working set {Environment.WorkingSet / 1048576.0:F0} MB");
        return 0;
    }

    private static List<List<string>> Sample(string corpusPath)
    {
        var sentences = new List<List<string>>();
        var words = 0;
        foreach (var line in File.ReadLines(corpusPath))
        {
            using var item = JsonDocument.Parse(line);
            if (!item.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { } body)
            {
                continue;
            }

            var story = TextAnalyzer.Analyze(new Story { Id = "sample", Text = body });
            foreach (var span in story.Sentences)
            {
                var sentence = new List<string>(span.TokenCount);
                for (var t = 0; t < span.TokenCount; t++)
                {
                    sentence.Add(story.Tokens[span.FirstToken + t].ToString(body));
                }

                sentences.Add(sentence);
                words += sentence.Count;
                if (words >= SampleWords)
                {
                    return sentences;
                }
            }
        }

        return sentences;
    }
}
