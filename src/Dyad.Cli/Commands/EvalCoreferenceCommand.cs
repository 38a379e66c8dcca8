using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Conllu;
using Dyad.Core.Pipeline;
using Dyad.Mentions.Coreference;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval coreference</c>: scores coreference links against GUM entity annotation.</summary>
internal sealed class EvalCoreferenceCommand(Func<string?, IReadOnlyList<IStoryStage>> buildStages) : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["eval", "coreference"];

    public string Summary => "score coreference links against GUM gold entities (person, organisation, place)";

    public string Help =>
        """
        Usage: dyad eval coreference --gold DIR|FILE.conllu [--json]

        Rebuilds each GUM document's raw text from its sentences ("# text", joined by a space, or a newline where
        a paragraph opens), dates it by "meta::dateCreated", and runs the stages of 'dyad code' up to coreference
        on it (our own text stage, so sentences and tokens are Dyad's, not the gold ones). Each link from a pronoun
        or description to its antecedent is then checked against the gold entities (Entity= in MISC):
          - a mention matches the gold mentions whose head word overlaps its head token, else the gold mention it
            overlaps most;
          - a link is correct when its anaphor and its antecedent match mentions of one gold entity;
          - the gold links are the person, organisation and place mentions that follow a mention of the same
            entity and are not headed by a proper noun (pronouns and descriptions).
        Prints link precision, recall and F1, then where the wrong links and the misses come from.

        Options:
          --gold PATH   a GUM CoNLL-U file, or a folder searched for *.conllu (required)
          --json        end with one JSON line: precision, recall, f1, links, gold_links

        Examples:
          dyad eval coreference --gold ../shared/corpora/news/gum/conllu
          dyad eval coreference --gold ../shared/corpora/news/gum/conllu/GUM_news_korea.conllu --json

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--gold"], ["--json"]);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'; see --help");
        }

        var gold = parsed.Value("--gold") ?? throw new UsageException("--gold DIR|FILE.conllu is required; see --help");
        if (ConlluGoldFiles.Expand([gold], "dyad eval coreference", "a GUM CoNLL-U file or a folder of them", context.Error) is not { } files)
        {
            return ExitCodes.Fatal;
        }

        CoreferenceScore score;
        try
        {
            var stages = buildStages(null).TakeWhile(s => s is not CoreferenceStage).ToList();
            score = CoreferenceEvaluator.Evaluate(files.SelectMany(GumEntityReader.ReadFile), story => stages.Aggregate(story, (s, stage) => stage.Process(s)));
        }
        catch (KnowledgeUnusableException e)
        {
            context.Error.WriteLine($"dyad eval coreference: {e.Message}");
            return ExitCodes.Fatal;
        }
        catch (ConlluFormatException e)
        {
            context.Error.WriteLine($"dyad eval coreference: {e.Message}; fix the file or leave it out");
            return ExitCodes.Fatal;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad eval coreference: cannot read the gold files or the syntax model: {e.Message}");
            return ExitCodes.Fatal;
        }

        Write(context.Out, files.Count, score, parsed.Has("--json"));
        return ExitCodes.Success;
    }

    private static void Write(TextWriter output, int files, CoreferenceScore score, bool json)
    {
        output.WriteLine($"files {files}, documents {score.Documents}");
        output.WriteLine($"links      precision {score.Precision:F4}  recall {score.Recall:F4}  F1 {score.F1:F4}  (correct {score.Correct} of {score.Links} links, found {score.Recalled} of {score.GoldLinks} gold links)");
        output.WriteLine($"pronouns      {score.PronounCorrect} of {score.PronounLinks} links correct");
        output.WriteLine($"descriptions  {score.DescriptionCorrect} of {score.DescriptionLinks} links correct");
        output.WriteLine($"wrong links: anaphor not a gold mention {score.AnaphorNotGold}, antecedent not a gold mention {score.AntecedentNotGold}, different gold entities {score.WrongEntity}");
        output.WriteLine($"missed gold links: {score.MissedWithoutActor} of {score.GoldLinks - score.Recalled} have no actor mention of their entity before them");
        if (json)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"precision":{{score.Precision:F4}},"recall":{{score.Recall:F4}},"f1":{{score.F1:F4}},"links":{{score.Links}},"gold_links":{{score.GoldLinks}},"correct":{{score.Correct}},"found":{{score.Recalled}},"documents":{{score.Documents}}}"""));
        }
    }
}
