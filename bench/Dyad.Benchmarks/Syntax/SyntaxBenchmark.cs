using System.Diagnostics;
using Dyad.Input;
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
        var words = sentences.Sum(s => s.Length);
        var workspace = new SyntaxWorkspace();
        var result = new SyntaxWord[sentences.Max(s => s.Length)];
        output.WriteLine($"model      {modelPath} ({new FileInfo(modelPath).Length / 1048576.0:F1} MB on disk, beam {model.BeamWidth})");
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

    private static List<string[]> Sample(string corpusPath)
    {
        var sentences = new List<string[]>();
        var words = 0;
        foreach (var result in new StoryReader(ReaderOptions.Default, () => Stream.Null).Read([corpusPath]))
        {
            if (result.Story is not { } read)
            {
                continue;
            }

            var story = TextAnalyzer.Analyze(read);
            foreach (var span in story.Sentences)
            {
                var sentence = story.Words(span);
                sentences.Add(sentence);
                words += sentence.Length;
                if (words >= SampleWords)
                {
                    return sentences;
                }
            }
        }

        return sentences;
    }
}
