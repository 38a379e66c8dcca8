using Dyad.Cli.Arguments;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Treaties;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge import-treaties</c>: turns a HUGGO treaty list into a Dyad <c>agreements.txt</c>.</summary>
internal sealed class ImportTreatiesCommand : ICommand
{
    private const string Command = "knowledge import-treaties";

    public IReadOnlyList<string> Name { get; } = ["knowledge", "import-treaties"];

    public string Summary => "convert a HUGGO treaty list (CSV) into a Dyad agreements.txt";

    public string Help =>
        """
        Usage: dyad knowledge import-treaties FILE [--output FILE] [--knowledge DIR]

        Reads a treaty list in the HUGGO CSV layout (manytreaties_HUGGO_clean.csv and the like) and writes an
        agreements.txt in Dyad's format (docs/knowledge-formats.md). The list has no party column, so the parties
        are the countries named in the title ("Agreement Between Norway And Finland"), the depositary and the
        secretariat, as codes from the knowledge folder's countries.txt and organisations.txt. The signing day is
        Signature, else Begin; in force is Force when it is a full day not before signing. Rows without a signing
        day or without any party Dyad can name are reported as 'file:line: warning:' on standard error and left out.
        A title listed again for another treaty gets its signing day added: 'Title (YYYY-MM-DD)'.

        Options:
          --output FILE     where to write agreements.txt (default: standard output)
          --knowledge DIR   the folder with countries.txt and organisations.txt (default: the bundled knowledge)

        Examples:
          dyad knowledge import-treaties manytreaties_HUGGO_clean.csv --output my-knowledge/agreements.txt
          dyad knowledge import-treaties treaties.csv --knowledge my-knowledge > agreements.txt

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--output", "--knowledge"], []);
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("give one HUGGO treaty CSV file; see --help");
        }

        var file = parsed.Positionals[0];
        if (!File.Exists(file))
        {
            context.Error.WriteLine($"dyad {Command}: {file}: no such file; give a treaty list in the HUGGO CSV layout");
            return ExitCodes.Fatal;
        }

        var directory = parsed.Value("--knowledge") ?? BundledKnowledge.Folder;
        if (KnowledgeImport.LoadCountries(directory, Command, context) is not { } countries)
        {
            return ExitCodes.Fatal;
        }

        var organisationsPath = Path.Combine(directory, "organisations.txt");
        var organisations = File.Exists(organisationsPath) ? OrganisationReader.Read(organisationsPath) : null;
        if (organisations is null || organisations.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            KnowledgeImport.Report(organisations?.Diagnostics ?? [], context);
            context.Error.WriteLine($"dyad {Command}: {organisationsPath} is missing or has errors; give the knowledge folder with --knowledge DIR");
            return ExitCodes.Fatal;
        }

        var result = HuggoTreatyReader.Read(file, countries, organisations.Value);
        KnowledgeImport.Report(result.Diagnostics, context);
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            context.Error.WriteLine($"dyad {Command}: {file} is not in the HUGGO layout; see --help");
            return ExitCodes.Fatal;
        }

        var sources = $"HUGGO treaty list {Path.GetFileName(file)}, converted by dyad {Command}; parties are the countries named in the title, the depositary and the secretariat";
        if (!KnowledgeImport.WriteOutput(parsed.Value("--output"), Command, context, writer => AgreementWriter.Write(writer, result.Value, sources)))
        {
            return ExitCodes.Fatal;
        }

        context.Error.WriteLine($"dyad {Command}: {result.Value.Count:N0} agreements written, {result.Diagnostics.Count:N0} rows left out");
        return ExitCodes.Success;
    }
}
