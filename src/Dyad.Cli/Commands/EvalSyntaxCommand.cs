using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Cli.Evaluation;
using Dyad.Core.Conllu;
using Dyad.Core.Evaluation;
using Dyad.Syntax;
using Dyad.Syntax.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval syntax</c>: scores the syntax model on a gold CoNLL-U file, using the file's own words, or with
/// <c>--raw</c> together with the text stage on the file's raw text.
/// </summary>
internal sealed class EvalSyntaxCommand : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["eval", "syntax"];

    public string Summary => "score the syntax model on a gold CoNLL-U treebank (UPOS, XPOS, lemma, UAS, LAS, speed)";

    public string Help =>
        """
        Usage: dyad eval syntax --gold FILE.conllu [--model FILE] [--beam K] [--raw | --output FILE.conllu] [--json]

        Tags, lemmatizes and parses the words of every sentence in the gold file (gold tokenization) and prints
        the percentage of words with the right UPOS, XPOS, lemma, head (UAS) and head plus full relation with
        subtype (LAS), the number of sentences and words, and the words analysed per second on one thread.

        With --raw it scores the whole path from raw text instead: it rebuilds each document's text as
        'dyad eval text' does, splits it into sentences and tokens with the text stage, analyses those, and
        aligns the system's words to the gold words by character span, as the CoNLL 2018 shared task does. A
        word is right only if its span is a gold word's span (for UAS and LAS its head must also be aligned to
        the gold head, or both be the root); it prints precision, recall and F1 of tokens, sentences, UPOS,
        lemma, UAS and LAS, and the tokens per second of text stage, tagging and parsing together.

        Options:
          --gold FILE     the gold treebank in CoNLL-U
          --model FILE    the model to score (default: the model shipped beside the program)
          --beam K        parse keeping the K best move sequences (default: the beam the model was trained
                          for, which 'dyad train syntax --beam K' records in the model; 1 is greedy)
          --raw           score from raw text with Dyad's own sentences and tokens
          --output FILE   also write the model's analyses as CoNLL-U (for error analysis; not with --raw)
          --json          also print the figures as one JSON object on the last line

        Examples:
          dyad eval syntax --gold ../shared/corpora/ud/en_ewt-test.conllu
          dyad eval syntax --gold tests/Dyad.Syntax.Tests/Data/news-checks.conllu --json
          dyad eval syntax --gold ../shared/corpora/ud/en_ewt-dev.conllu --beam 4
          dyad eval syntax --gold ../shared/corpora/ud/en_ewt-test.conllu --raw --json
        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--gold", "--model", "--beam", "--output"], ["--json", "--raw"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var gold = parsed.Value("--gold") ?? throw new UsageException("--gold FILE.conllu is required; see --help");
        var modelPath = parsed.Value("--model") ?? SyntaxModelFiles.Installed;
        var beam = parsed.Value("--beam") is { } width
            ? int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k > 0 ? k : throw new UsageException($"--beam needs a positive whole number, not '{width}'")
            : (int?)null;
        var outputPath = parsed.Value("--output");
        if (parsed.Has("--raw") && outputPath is not null)
        {
            throw new UsageException("--output writes analyses of the gold words, which --raw does not analyse; use one or the other");
        }

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

        if (parsed.Has("--raw"))
        {
            var raw = RawSyntaxEvaluator.Evaluate(model, sentences, Path.GetFileNameWithoutExtension(gold), beam);
            WriteHeader(context.Out, gold, modelPath, beam, model);
            WriteRaw(context.Out, raw, parsed.Has("--json"));
            return ExitCodes.Success;
        }

        SyntaxScores scores;
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
        WriteHeader(o, gold, modelPath, beam, model);
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

    private static void WriteHeader(TextWriter o, string gold, string modelPath, int? beam, SyntaxModel model)
    {
        o.WriteLine($"gold        {gold}");
        o.WriteLine($"model       {modelPath}");
        o.WriteLine($"beam        {beam ?? model.BeamWidth}{(beam is null ? " (the model's)" : "")}");
    }

    private static void WriteRaw(TextWriter o, RawSyntaxScores scores, bool json)
    {
        o.WriteLine("from raw text, words aligned by span   precision  recall      F1");
        Line(o, "tokens", scores.Tokens);
        Line(o, "sentences", scores.Sentences);
        Line(o, "UPOS", scores.Upos);
        Line(o, "lemma", scores.Lemma);
        Line(o, "UAS", scores.Uas);
        Line(o, "LAS", scores.Las);
        o.WriteLine($"gold words {scores.Tokens.Gold}, system words {scores.Tokens.Predicted}, gold sentences {scores.Sentences.Gold}, system sentences {scores.Sentences.Predicted}");
        o.WriteLine($"tokens/s    {scores.TokensPerSecond:F0} (text stage, tagging and parsing)");
        if (json)
        {
            o.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"tokens_f1\":{100 * scores.Tokens.F1:F2},\"sentences_f1\":{100 * scores.Sentences.F1:F2},\"upos\":{100 * scores.Upos.F1:F2},\"lemma\":{100 * scores.Lemma.F1:F2},\"uas\":{100 * scores.Uas.F1:F2},\"las\":{100 * scores.Las.F1:F2},\"tokens_per_second\":{scores.TokensPerSecond:F0}}}"));
        }
    }

    private static void Line(TextWriter o, string name, MatchCount count) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-38}{100 * count.Precision,9:F2}{100 * count.Recall,8:F2}{100 * count.F1,8:F2}"));
}
