using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad explain</c>: codes one text and shows every step: tokens with tags and the tree, actor mentions and how
/// their codes were found, each predicate with the pattern that matched (file:line), its roles, and the records
/// written or why none was.
/// </summary>
internal sealed class ExplainCommand(Func<string?, IReadOnlyList<IStoryStage>> stages) : ICommand
{
    public IReadOnlyList<string> Name { get; } = ["explain"];

    public string Summary => "show how a text is coded: parse, actors, patterns, roles and records";

    public string Help => """
        Usage: dyad explain "TEXT" [--date YYYY-MM-DD] [--dictionaries DIR|petrarch:DIR]

        Codes TEXT as one story dated DATE (else the date of its dateline; actor codes depend on it) and prints, sentence by sentence: each token with its part of speech, lemma, head and
        relation; the actor mentions with their codes and how each code was resolved; every predicate that has
        a pattern, with the pattern that matched (file:line), the source and target found and the outcome; and
        the event records that 'dyad code' would write.

        Examples:
          dyad explain "Putin held talks with Japarov in Moscow." --date 2023-05-08
          dyad explain "Arnor is about to restore full diplomatic ties with Gondor." --date 1995-01-01 --dictionaries petrarch:../shared/compat/petrarch2-validate
        """.Replace("\r", "", StringComparison.Ordinal) + "\n";

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--date", "--dictionaries"], []);
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("give the text to explain as one argument, in quotes");
        }

        var date = DateArgument.Parse(parsed.Value("--date"));
        IReadOnlyList<IStoryStage> built;
        try
        {
            built = stages(parsed.Value("--dictionaries"));
        }
        catch (KnowledgeUnusableException e)
        {
            context.Error.WriteLine($"dyad explain: {e.Message}");
            return ExitCodes.Fatal;
        }

        var story = StoryPipeline.Build(built).Run(new Story { Id = "explain", Date = date, Text = parsed.Positionals[0] });
        if (story.EffectiveDate is null)
        {
            context.Error.WriteLine("dyad explain: the text has no dated dateline; give its date with --date YYYY-MM-DD (actor codes depend on it)");
            return ExitCodes.Usage;
        }

        var trace = new List<PredicateTrace>();
        var coder = built.OfType<EventStage>().Single().Coder;
        coder.Code(story, trace);
        var output = context.Out;
        output.WriteLine($"story date {story.EffectiveDate:yyyy-MM-dd}" + (story.Dateline is { } dl ? $", dateline {dl.Place} {dl.Agency}" : ""));
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            WriteSentence(output, story, s, trace.Where(t => t.Sentence == s).ToList());
        }

        return ExitCodes.Success;
    }

    private static void WriteSentence(TextWriter output, Story story, int s, List<PredicateTrace> trace)
    {
        var sentence = story.Sentences[s];
        output.WriteLine();
        output.WriteLine($"sentence {s}: {sentence.Span.ToString(story.Text)}");
        output.WriteLine("  tokens (index word upos xpos lemma head relation):");
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            var token = story.Tokens[sentence.FirstToken + i];
            var syntax = story.Syntax.IsEmpty ? default : story.Syntax[sentence.FirstToken + i];
            output.WriteLine($"    {i,3} {token.ToString(story.Text),-18} {syntax.Upos,-5} {syntax.Xpos,-5} {syntax.Lemma,-16} {(syntax.Head < 0 ? "root" : syntax.Head.ToString(CultureInfo.InvariantCulture)),4} {syntax.Relation}");
        }

        output.WriteLine("  actors:");
        foreach (var actor in story.Actors.Where(a => a.Sentence == s))
        {
            output.WriteLine($"    \"{story.Text[actor.Start..actor.End]}\" [{actor.Start},{actor.End}) {actor.Code ?? "(no code on this date)"} {actor.Name} ({actor.Resolution})");
        }

        output.WriteLine("  predicates:");
        foreach (var step in trace)
        {
            output.WriteLine($"    \"{step.Trigger.ToString(story.Text)}\" [{step.Trigger.Start},{step.Trigger.End}) pattern {step.Pattern ?? "-"}");
            output.WriteLine($"      source {step.Sources}, target {step.Targets}: {step.Outcome}");
        }

        output.WriteLine("  records:");
        foreach (var coded in story.Events.Where(e => e.Sentence == s))
        {
            var status = coded.IsCoded ? "written" : "not written (" + (coded.Negated ? "negated" : "hypothetical") + ")";
            output.WriteLine($"    {string.Join('+', coded.Sources.Select(a => a.Code))} -> {string.Join('+', coded.Targets.Select(a => a.Code))} {coded.CameoCode} {coded.Modality.ToString().ToLowerInvariant()} \"{coded.Trigger.ToString(story.Text)}\" {status}");
        }
    }
}
