using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Conllu;
using Dyad.Syntax;
using Dyad.Syntax.Clusters;
using Dyad.Syntax.Training;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train syntax</c>: rebuilds the tagger, lemmatizer and parser from the UD treebanks in ../shared.</summary>
internal sealed class TrainSyntaxCommand : ICommand
{
    private static readonly string[] TrainingFiles = ["corpora/ud/en_ewt-train.conllu", "corpora/ud/en_gum-ccby-train.conllu"];

    private static readonly string[] DevelopmentFiles = ["corpora/ud/en_ewt-dev.conllu", "corpora/ud/en_gum-ccby-dev.conllu"];

    public IReadOnlyList<string> Name { get; } = ["train", "syntax"];

    public string Summary => "rebuild the syntax model (tagger, lemmatizer, parser) from UD English EWT and GUM";

    public string Help =>
        """
        Usage: dyad train syntax [--shared DIR] [--output FILE] [--clusters FILE] [--epochs N] [--beam K]

        Trains the tagger, lemmatizer and dependency parser on UD English EWT train and GUM (CC BY genres) train
        from the shared data folder and writes the gzipped model, keeping the parser epoch that scores best on
        EWT dev plus GUM (CC BY) dev. The word clusters ('dyad train clusters') become features and go into the
        model. Training is single-threaded and seeded: the same data gives the same file.

        Options:
          --shared DIR    the shared data folder holding corpora/ud (default: ../shared beside the repository,
                          or $DYAD_SHARED)
          --output FILE   where to write the model (default: models/syntax/en-syntax.model.gz in the repository)
          --clusters FILE the word clusters to use (default: models/syntax/en-clusters.tsv.gz in the repository)
          --epochs N      parser training epochs, the best on dev kept (default: 16)
          --beam K        train the parser globally for a beam of K move sequences, choosing the epoch with that
                          beam (default: 8); the model records K and parses with that beam wherever it is
                          used; 1 trains the greedy parser with the dynamic oracle

        Examples:
          dyad train syntax
          dyad train syntax --output /tmp/syntax.model.gz --epochs 8
          dyad train syntax --output /tmp/syntax-greedy.model.gz --beam 1 --epochs 12
        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--shared", "--output", "--clusters", "--epochs", "--beam"], []);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var options = new SyntaxTrainingOptions();
        if (parsed.Value("--epochs") is { } epochs)
        {
            options = options with { ParserEpochs = int.TryParse(epochs, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"--epochs needs a positive whole number, not '{epochs}'") };
        }

        if (parsed.Value("--beam") is { } beam)
        {
            options = options with { BeamWidth = int.TryParse(beam, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : throw new UsageException($"--beam needs a positive whole number, not '{beam}'") };
        }

        var repository = Repository();
        var shared = parsed.Value("--shared") ?? SharedFolder(repository);
        var output = parsed.Value("--output") ?? (repository is null ? null : Path.Combine(repository, SyntaxModelFiles.RelativePath));
        var clustersPath = parsed.Value("--clusters") ?? (repository is null ? null : Path.Combine(repository, TrainClustersCommand.RelativePath));
        if (shared is null || output is null || clustersPath is null)
        {
            context.Error.WriteLine("dyad train syntax: no repository (Dyad.slnx) above the current folder; pass --shared DIR, --clusters FILE and --output FILE");
            return ExitCodes.Fatal;
        }

        var clusters = ReadClusters(clustersPath, context);
        if (clusters is null)
        {
            return ExitCodes.Fatal;
        }

        var sentences = ReadAll(shared, TrainingFiles, context);
        var development = ReadAll(shared, DevelopmentFiles, context);
        if (sentences is null || development is null)
        {
            return ExitCodes.Fatal;
        }

        var model = SyntaxTrainer.Train(sentences, options, context.Out, development, clusters);
        try
        {
            model.Save(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad train syntax: cannot write {output} ({e.Message}); pass --output FILE somewhere writable");
            return ExitCodes.Fatal;
        }

        context.Out.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB)");
        return ExitCodes.Success;
    }

    /// <summary>The sentences of all <paramref name="files"/>, or null after reporting the first one missing or malformed.</summary>
    private static List<ConlluSentence>? ReadAll(string shared, string[] files, CliContext context)
    {
        var sentences = new List<ConlluSentence>();
        foreach (var relative in files)
        {
            var path = Path.Combine(shared, relative);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"dyad train syntax: treebank {path} not found; pass --shared DIR pointing at the folder that holds corpora/ud");
                return null;
            }

            try
            {
                sentences.AddRange(ConlluReader.ReadFile(path));
            }
            catch (ConlluFormatException e)
            {
                context.Error.WriteLine($"dyad train syntax: {e.Message}");
                return null;
            }
        }

        return sentences;
    }

    /// <summary>The word clusters, or null after reporting why they cannot be read.</summary>
    private static WordClusters? ReadClusters(string path, CliContext context)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"dyad train syntax: word clusters {path} not found; make them with 'dyad train clusters' or pass --clusters FILE");
            return null;
        }

        try
        {
            return WordClusters.Load(path);
        }
        catch (InvalidDataException e)
        {
            context.Error.WriteLine($"dyad train syntax: {e.Message}");
            return null;
        }
    }

    /// <summary>The repository above the current folder, else above the program.</summary>
    internal static string? Repository() =>
        SyntaxModelFiles.RepositoryAbove(Directory.GetCurrentDirectory()) ?? SyntaxModelFiles.RepositoryAbove(AppContext.BaseDirectory);

    internal static string? SharedFolder(string? repository) =>
        Environment.GetEnvironmentVariable("DYAD_SHARED") is { Length: > 0 } configured
            ? configured
            : repository is null ? null : Path.GetFullPath(Path.Combine(repository, "..", "shared"));
}
