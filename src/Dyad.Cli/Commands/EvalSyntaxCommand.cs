using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Conllu;
using Dyad.Syntax;
using Dyad.Syntax.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval syntax</c>: scores the syntax model on a gold CoNLL-U file, using the file's own words.</summary>
internal sealed class EvalSyntaxCommand : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["eval", "syntax"];

    public string Summary => "score the syntax model on a gold CoNLL-U treebank (UPOS, XPOS, lemma, UAS, LAS, speed)";

    public string Help =>
        """
        Usage: dyad eval syntax --gold FILE.conllu [--model FILE] [--beam K] [--output FILE.conllu] [--json]

        Tags, lemmatizes and parses the words of every sentence in the gold file (gold tokenization) and prints
        the percentage of words with the right UPOS, XPOS, lemma, head (UAS) and head plus full relation with
        subtype (LAS), the number of sentences and words, and the words analysed per second on one thread.

        Options:
          --gold FILE     the gold treebank in CoNLL-U
          --model FILE    the model to score (default: the model shipped beside the program)
          --beam K        parse keeping the K best move sequences (default: 1, greedy)
          --output FILE   also write the model's analyses as CoNLL-U (for error analysis)
          --json          also print the figures as one JSON object on the last line

        Examples:
          dyad eval syntax --gold ../shared/corpora/ud/en_ewt-test.conllu
          dyad eval syntax --gold tests/Dyad.Syntax.Tests/Data/news-checks.conllu --json
          dyad eval syntax --gold ../shared/corpora/ud/en_ewt-dev.conllu --beam 4
        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--gold", "--model", "--beam", "--output"], ["--json"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var gold = parsed.Value("--gold") ?? throw new UsageException("--gold FILE.conllu is required; see --help");
        var modelPath = parsed.Value("--model") ?? SyntaxModelFiles.Installed;
        var beam = parsed.Value("--beam") is { } width
            ? int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : throw new UsageException($"--beam needs a positive whole number, not '{width}'")
            : 1;
        if (!File.Exists(gold))
        {
            context.Error.WriteLine($"dyad eval syntax: gold file {gold} not found; pass --gold FILE.conllu");
            return ExitCodes.Fatal;
        }

        if (!File.Exists(modelPath))
        {
            context.Error.WriteLine($"dyad eval syntax: model {modelPath} not found; build the CLI again or pass --model FILE (dyad train syntax makes one)");
            return ExitCodes.Fatal;
        }

        SyntaxModel model;
        List<ConlluSentence> sentences;
        try
        {
            model = SyntaxModel.Load(modelPath);
            sentences = [.. ConlluReader.ReadFile(gold)];
        }
        catch (Exception e) when (e is InvalidDataException or ConlluFormatException or IOException)
        {
            context.Error.WriteLine($"dyad eval syntax: {e.Message}");
            return ExitCodes.Fatal;
        }

        SyntaxScores scores;
        var outputPath = parsed.Value("--output");
        try
        {
            using var predictions = outputPath is null ? null : new StreamWriter(outputPath);
            scores = SyntaxEvaluator.Evaluate(model, sentences, predictions, beam);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad eval syntax: cannot write {outputPath} ({e.Message}); pass --output FILE somewhere writable");
            return ExitCodes.Fatal;
        }

        var o = context.Out;
        o.WriteLine($"gold        {gold}");
        o.WriteLine($"model       {modelPath}");
        o.WriteLine($"sentences   {scores.Sentences}");
        o.WriteLine($"tokens      {scores.Tokens}");
        o.WriteLine($"UPOS        {scores.Upos:F2}");
        o.WriteLine($"XPOS        {scores.Xpos:F2}");
        o.WriteLine($"lemma       {scores.Lemma:F2}");
        o.WriteLine($"UAS         {scores.Uas:F2}");
        o.WriteLine($"LAS         {scores.Las:F2}");
        o.WriteLine($"tokens/s    {scores.TokensPerSecond:F0}");
        if (parsed.Has("--json"))
        {
            o.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"upos\":{scores.Upos:F2},\"xpos\":{scores.Xpos:F2},\"lemma\":{scores.Lemma:F2},\"uas\":{scores.Uas:F2},\"las\":{scores.Las:F2},\"sentences\":{scores.Sentences},\"tokens\":{scores.Tokens},\"tokens_per_second\":{scores.TokensPerSecond:F0}}}"));
        }

        return ExitCodes.Success;
    }
}
