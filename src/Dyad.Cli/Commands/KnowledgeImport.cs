using System.Text;
using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Dyad;

namespace Dyad.Cli.Commands;

/// <summary>What the <c>dyad knowledge import-…</c> commands share: loading the countries file, reporting problems, writing the output.</summary>
internal static class KnowledgeImport
{
    /// <summary>The countries of <c>DIR/countries.txt</c>, or null (with a message) when the file is missing or has errors.</summary>
    public static IReadOnlyList<Country>? LoadCountries(string directory, string command, CliContext context)
    {
        var path = Path.Combine(directory, "countries.txt");
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"dyad {command}: {path} not found; give the knowledge folder with --countries DIR");
            return null;
        }

        var result = CountryReader.Read(path);
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Report(result.Diagnostics, context);
            context.Error.WriteLine($"dyad {command}: {path} has errors; fix them (dyad knowledge check {directory}) and run again");
            return null;
        }

        return result.Value;
    }

    public static void Report(IEnumerable<KnowledgeDiagnostic> diagnostics, CliContext context)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Writes to <paramref name="path"/>, or to standard output when it is null or "-"; false (with a message) when the file cannot be written.</summary>
    public static bool WriteOutput(string? path, string command, CliContext context, Action<TextWriter> write)
    {
        try
        {
            using var stream = path is null or "-" ? context.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"dyad {command}: cannot write --output {path} ({e.Message}); check the folder exists and is writable");
            return false;
        }
    }
}
