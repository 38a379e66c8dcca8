using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Input;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Evaluation;
using Dyad.Knowledge.Index;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval knowledge</c>: measures the actor index on a news corpus against the site's own tags.</summary>
internal sealed class EvalKnowledgeCommand : ICommand
{
    private const string Command = "eval knowledge";

    private const int SampleSize = 200;

    private const int SampleSeed = 20260526;

    public IReadOnlyList<string> Name { get; } = ["eval", "knowledge"];

    public string Summary => "measure actor matching on a tagged news corpus (geography and person recall)";

    public string Help =>
        """
        Usage: dyad eval knowledge --corpus FILE [--knowledge DIR] [--sample FILE] [--json]

        Reads a JSON Lines news corpus whose items carry the site's 'geography_tags' and 'inline_mentions' (as the
        kremlin.ru corpus does), tokenises each item as 'dyad code' does, matches actors sentence by sentence on
        the item date, and prints:
          geography recall  the share of tags that name a country (by the countries file's names) for which some
                            mention in the item has that country
          person recall     the share of linked people (catalog links under /catalog/persons/) found by a mention
                            coded from a person's role whose canonical name contains the site's family name
        Items that cannot be read are reported on standard error and left out.

        Options:
          --corpus FILE     the JSON Lines corpus (required)
          --knowledge DIR   the knowledge folder (default: the bundled knowledge)
          --sample FILE     also write 200 mentions drawn at random (fixed seed) as TSV for a hand check
          --json            end with one JSON line of the figures

        Examples:
          dyad eval knowledge --corpus ../shared/corpora/news/kremlin/kremlin_en_news_2016-2018.jsonl
          dyad eval knowledge --corpus kremlin.jsonl --sample sample.tsv --json

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--corpus", "--knowledge", "--sample"], ["--json"]);
        if (parsed.Value("--corpus") is not { } corpus || parsed.Positionals.Count > 0)
        {
            throw new UsageException("give the corpus with --corpus FILE and nothing else; see --help");
        }

        if (!File.Exists(corpus))
        {
            context.Error.WriteLine($"dyad {Command}: {corpus}: no such file; give a JSON Lines corpus with --corpus");
            return ExitCodes.Fatal;
        }

        var directory = parsed.Value("--knowledge") ?? BundledKnowledge.Folder;
        if (!Directory.Exists(directory))
        {
            context.Error.WriteLine($"dyad {Command}: knowledge folder '{directory}' not found; give it with --knowledge DIR");
            return ExitCodes.Fatal;
        }

        var knowledge = DyadKnowledgeLoader.Load(directory);
        var evaluator = new KnowledgeEvaluator(ActorIndex.Compile(knowledge), knowledge.Countries);
        var site = SiteAnnotationReader.Read(corpus);
        var failed = 0;
        foreach (var result in new StoryReader(ReaderOptions.Default, context.OpenStandardInput).ReadFile(corpus))
        {
            if (result.Story is not { EffectiveDate: not null } story || !site.TryGetValue(story.Id, out var annotations))
            {
                failed++;
                context.Error.WriteLine(result.Error is { } error ? $"dyad: {error}" : $"dyad {Command}: item {result.Story?.Id} has no date or no site annotations; left out");
                continue;
            }

            evaluator.Add(TextAnalyzer.Analyze(story), annotations);
        }

        if (parsed.Value("--sample") is { } samplePath && !KnowledgeImport.WriteOutput(samplePath, Command, context, writer => WriteSample(writer, evaluator.Sample(SampleSize, SampleSeed))))
        {
            return ExitCodes.Fatal;
        }

        Write(context.Out, evaluator.Score(), failed, parsed.Has("--json"));
        return ExitCodes.Success;
    }

    private static void WriteSample(TextWriter writer, IReadOnlyList<SampledMention> sample)
    {
        writer.Write("story\tmention\tcode\tname\tresolution\tsentence\tcorrect\n");
        foreach (var mention in sample)
        {
            writer.Write(string.Join('\t', new[] { mention.StoryId, mention.Text, mention.Code ?? "", mention.Name, mention.Resolution, mention.Sentence }.Select(Clean)));
            writer.Write("\t\n");
        }
    }

    private static string Clean(string field) => field.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static void Write(TextWriter output, KnowledgeScore score, int failed, bool json)
    {
        output.WriteLine($"items {score.Items} (left out {failed}), mentions {score.Mentions}");
        output.WriteLine($"geography recall {score.TagRecall:F4}  ({score.CountryTagsFound} of {score.CountryTags} country tags; {score.Tags - score.CountryTags} of {score.Tags} tags name no country)");
        output.WriteLine($"person recall    {score.PersonRecall:F4}  ({score.PeopleFound} of {score.People} linked people)");
        if (json)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"items":{{score.Items}},"mentions":{{score.Mentions}},"geography_tags":{{score.Tags}},"country_tags":{{score.CountryTags}},"country_tags_found":{{score.CountryTagsFound}},"geography_recall":{{score.TagRecall:F4}},"people":{{score.People}},"people_found":{{score.PeopleFound}},"person_recall":{{score.PersonRecall:F4}}}"""));
        }
    }
}
