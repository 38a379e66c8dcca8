using System.Globalization;
using Dyad.Cli.Arguments;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.GeoNames;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad knowledge import-geonames</c>: turns a GeoNames dump into a Dyad <c>places.txt</c>.</summary>
internal sealed class ImportGeoNamesCommand : ICommand
{
    private const string Command = "knowledge import-geonames";

    public IReadOnlyList<string> Name { get; } = ["knowledge", "import-geonames"];

    public string Summary => "convert a GeoNames dump (cities15000.txt …) into a Dyad places.txt";

    public string Help =>
        """
        Usage: dyad knowledge import-geonames FILE [--output FILE] [--min-population N] [--countries DIR]

        Reads a GeoNames dump (the tab-separated 'geoname' table: cities500.txt, cities15000.txt, allCountries.txt …)
        and writes a places.txt in Dyad's format (docs/knowledge-formats.md): name, country code, coordinates
        rounded to 0.01 degree, kind (PPLC capital, PPLA* regional capital, else city) and up to eight name
        variants (the ASCII name and the English-looking alternate names). Where a country has two places of the
        same name, the more populous is kept. Lines that cannot be read are reported as 'file:line: warning:'
        on standard error and skipped. Put the file in a folder with countries.txt and pass the folder to
        'dyad knowledge check' or '--dictionaries'.

        Options:
          --output FILE         where to write places.txt (default: standard output)
          --min-population N    keep only places with at least N people (default: 0, all)
          --countries DIR       the folder whose countries.txt maps ISO codes to Dyad codes (default: the bundled knowledge)

        Examples:
          dyad knowledge import-geonames cities15000.txt --output my-places/places.txt
          dyad knowledge import-geonames allCountries.txt --min-population 100000 --output places.txt

        """;

    public int Run(IReadOnlyList<string> arguments, CliContext context)
    {
        var parsed = ParsedArguments.Parse(arguments, ["--output", "--min-population", "--countries"], []);
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("give one GeoNames dump file; see --help");
        }

        var options = GeoNamesOptions.Default with { MinPopulation = ParseMinPopulation(parsed.Value("--min-population")) };
        var file = parsed.Positionals[0];
        if (!File.Exists(file))
        {
            context.Error.WriteLine($"dyad {Command}: {file}: no such file; give a GeoNames dump such as cities15000.txt");
            return ExitCodes.Fatal;
        }

        if (KnowledgeImport.LoadCountries(parsed.Value("--countries") ?? BundledKnowledge.Folder, Command, context) is not { } countries)
        {
            return ExitCodes.Fatal;
        }

        var result = GeoNamesReader.Read(file, countries, options);
        KnowledgeImport.Report(result.Diagnostics, context);
        var sources = $"GeoNames (geonames.org, CC BY) dump {Path.GetFileName(file)}, converted by dyad {Command}";
        if (!KnowledgeImport.WriteOutput(parsed.Value("--output"), Command, context, writer => PlaceWriter.Write(writer, result.Value, sources)))
        {
            return ExitCodes.Fatal;
        }

        context.Error.WriteLine($"dyad {Command}: {result.Value.Count:N0} places written, {result.Diagnostics.Count:N0} lines skipped");
        return ExitCodes.Success;
    }

    private static long ParseMinPopulation(string? value) =>
        value is null
            ? 0
            : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                ? population
                : throw new UsageException($"--min-population '{value}' is not a whole number of people");
}
