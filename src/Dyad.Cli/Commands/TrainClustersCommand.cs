using Dyad.Cli.Arguments;
using Dyad.Core.Conllu;
using Dyad.Input;
using Dyad.Syntax.Clusters;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad train clusters</c>: learns the word classes the syntax model uses as features from unlabelled text, the
/// UD training treebanks' words and the en.kremlin.ru news corpus in ../shared, tokenized as Dyad tokenizes stories.
/// </summary>
internal sealed class TrainClustersCommand : ICommand
{
    public const string RelativePath = "models/syntax/en-clusters.tsv.gz";

    private static readonly string[] TreebankFiles = ["corpora/ud/en_ewt-train.conllu", "corpora/ud/en_gum-ccby-train.conllu"];

    private static readonly string[] NewsFiles = ["corpora/news/kremlin/kremlin_en_news_1999-2015.jsonl.gz", "corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl"];

    public IReadOnlyList<string> Name { get; } = ["train", "clusters"];

    public string Summary => "learn the word clusters of the syntax model from the treebanks' words and en.kremlin.ru news";

    public string Help =>
        $"""
        Usage: dyad train clusters [--shared DIR] [--output FILE]

        Clusters the lower-cased words of UD English EWT train, GUM (CC BY genres) train and the en.kremlin.ru news
        items in the shared data folder with the exchange algorithm (a class bigram model, as Brown clusters), into
        16, 64, 256 and 1024 classes, and writes them as gzipped text. 'dyad train syntax' reads that file. The
        result is deterministic: the same text gives the same file.

        Options:
          --shared DIR    the shared data folder holding corpora/ud and corpora/news (default: ../shared beside the
                          repository, or $DYAD_SHARED)
          --output FILE   where to write the clusters (default: {RelativePath} in the repository)

        Examples:
          dyad train clusters
          dyad train clusters --output /tmp/clusters.tsv.gz
        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--shared", "--output"], []);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var repository = TrainSyntaxCommand.Repository();
        var shared = parsed.Value("--shared") ?? TrainSyntaxCommand.SharedFolder(repository);
        var output = parsed.Value("--output") ?? (repository is null ? null : Path.Combine(repository, RelativePath));
        if (shared is null || output is null)
        {
            context.Error.WriteLine("dyad train clusters: no repository (Dyad.slnx) above the current folder; pass --shared DIR and --output FILE");
            return ExitCodes.Fatal;
        }

        var missing = TreebankFiles.Concat(NewsFiles).Select(f => Path.Combine(shared, f)).FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            context.Error.WriteLine($"dyad train clusters: {missing} not found; pass --shared DIR pointing at the folder that holds corpora/ud and corpora/news");
            return ExitCodes.Fatal;
        }

        List<IReadOnlyList<string>> sentences;
        try
        {
            sentences = [.. TreebankSentences(shared), .. NewsSentences(shared)];
        }
        catch (ConlluFormatException e)
        {
            context.Error.WriteLine($"dyad train clusters: {e.Message}");
            return ExitCodes.Fatal;
        }

        var clusters = WordClusterTrainer.Train(sentences, new WordClusterOptions(), context.Out);
        try
        {
            clusters.Save(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad train clusters: cannot write {output} ({e.Message}); pass --output FILE somewhere writable");
            return ExitCodes.Fatal;
        }

        context.Out.WriteLine($"wrote {output} ({clusters.WordCount} words)");
        return ExitCodes.Success;
    }

    private static IEnumerable<IReadOnlyList<string>> TreebankSentences(string shared) =>
        TreebankFiles.SelectMany(f => ConlluReader.ReadFile(Path.Combine(shared, f)))
            .Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)]);

    private static IEnumerable<IReadOnlyList<string>> NewsSentences(string shared)
    {
        var reader = new StoryReader(ReaderOptions.Default, () => Stream.Null);
        foreach (var result in reader.Read(NewsFiles.Select(f => Path.Combine(shared, f))))
        {
            if (result.Story is not { } read)
            {
                continue;
            }

            var story = TextAnalyzer.Analyze(read);
            foreach (var sentence in story.Sentences)
            {
                yield return story.Words(sentence);
            }
        }
    }
}
