using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Conllu;
using Dyad.Text;
using Dyad.Text.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval text</c>: scores sentence splitting and tokenization against gold CoNLL-U files.</summary>
internal sealed class EvalTextCommand : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["eval", "text"];

    public string Summary => "score sentence splitting and tokenization against gold CoNLL-U";

    public string Help =>
        """
        Usage: dyad eval text --gold PATH... [--keep-hyphens] [--json]

        Rebuilds each document's raw text from gold CoNLL-U files ("# text" of each sentence, joined by a space,
        or a newline where "newpar" opens a paragraph; "newdoc" starts a new document), runs the text stage on it
        (dateline detection on, as in 'dyad code'; any dateline found there is a false one and is counted), and
        prints precision, recall and F1 of sentence ends and of token spans against the gold syntactic words.

        Options:
          --gold PATH...    CoNLL-U files, or folders searched for *.conllu (required)
          --keep-hyphens    keep every hyphenated word whole instead of splitting compounds as UD English does
          --json            end with one JSON line of the figures

        Examples:
          dyad eval text --gold ../shared/corpora/news/gum/conllu
          dyad eval text --gold ../shared/corpora/ud/en_ewt-test.conllu --json

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        // --gold takes several paths, so it is parsed as a flag followed by positionals; "--gold=PATH" is one of them.
        var expanded = arguments.SelectMany(a => a.StartsWith("--gold=", StringComparison.Ordinal) ? ["--gold", a["--gold=".Length..]] : new[] { a }).ToList();
        var parsed = ParsedArguments.Parse(expanded, [], ["--gold", "--keep-hyphens", "--json"]);
        if (!parsed.Has("--gold") || parsed.Positionals.Count == 0)
        {
            throw new UsageException("give the gold files with --gold PATH... (CoNLL-U files or folders of them)");
        }

        if (ConlluGoldFiles.Expand(parsed.Positionals, "dyad eval text", "CoNLL-U files or folders of them", context.Error) is not { } files)
        {
            return ExitCodes.Fatal;
        }

        var options = TextOptions.Default with { SplitHyphens = !parsed.Has("--keep-hyphens") };
        SegmentationScore score;
        try
        {
            score = SegmentationEvaluator.EvaluateFiles(files, options);
        }
        catch (ConlluFormatException e)
        {
            context.Error.WriteLine($"dyad eval text: {e.Message}; fix the file or leave it out");
            return ExitCodes.Fatal;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"dyad eval text: cannot read the gold files: {e.Message}");
            return ExitCodes.Fatal;
        }

        Write(context.Out, files.Count, score, parsed.Has("--json"));
        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, int files, SegmentationScore score, bool json)
    {
        var s = score.Sentences;
        var t = score.Tokens;
        output.WriteLine($"files {files}, documents {score.Documents}, false datelines {score.Datelines}, unaligned gold words {score.UnalignedWords}");
        output.WriteLine($"sentences  precision {s.Precision:F4}  recall {s.Recall:F4}  F1 {s.F1:F4}  (matched {s.Matched}, predicted {s.Predicted}, gold {s.Gold})");
        output.WriteLine($"tokens     precision {t.Precision:F4}  recall {t.Recall:F4}  F1 {t.F1:F4}  (matched {t.Matched}, predicted {t.Predicted}, gold {t.Gold})");
        if (json)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"sentence_precision":{{s.Precision:F4}},"sentence_recall":{{s.Recall:F4}},"sentence_f1":{{s.F1:F4}},"token_precision":{{t.Precision:F4}},"token_recall":{{t.Recall:F4}},"token_f1":{{t.F1:F4}},"sentences":{{s.Gold}},"tokens":{{t.Gold}}}"""));
        }
    }
}
