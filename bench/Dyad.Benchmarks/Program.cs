using System.Globalization;

namespace Dyad.Benchmarks;

/// <summary>
/// Runs a benchmark: <c>dotnet run -c Release --project bench/Dyad.Benchmarks -- NAME [--corpus FILE] [--passes N]</c>.
/// The default corpus is ../shared/corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h")
        {
            Console.WriteLine("Usage: Dyad.Benchmarks NAME [--corpus FILE] [--passes N]\n\nBenchmarks:");
            foreach (var benchmark in BenchmarkTable.All)
            {
                Console.WriteLine($"  {benchmark.Name,-12} {benchmark.Description}");
            }

            return args.Length == 0 ? 2 : 0;
        }

        var chosen = BenchmarkTable.All.FirstOrDefault(b => b.Name == args[0]);
        if (chosen is null)
        {
            Console.Error.WriteLine($"unknown benchmark '{args[0]}'; run with --help for the list");
            return 2;
        }

        var corpus = DefaultCorpus();
        var passes = 5;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--passes" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    passes = n;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option '{args[i]}'; run with --help");
                    return 2;
            }
        }

        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"corpus {corpus} not found; pass --corpus FILE (a JSON Lines file of stories)");
            return 3;
        }

        return chosen.Run(new BenchmarkOptions(corpus, passes), Console.Out);
    }

    private static string DefaultCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dyad.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "news", "kremlin", "kremlin_en_news_2016-2018.jsonl"));
    }
}
