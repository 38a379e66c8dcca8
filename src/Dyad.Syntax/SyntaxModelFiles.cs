namespace Dyad.Syntax;

/// <summary>Where the shipped model lives: beside the executable once built, under models/syntax in the repository.</summary>
public static class SyntaxModelFiles
{
    public const string RelativePath = "models/syntax/en-syntax.model.gz";

    /// <summary>The model copied next to the running program.</summary>
    public static string Installed => Path.Combine(AppContext.BaseDirectory, RelativePath);

    /// <summary>The repository that holds <paramref name="start"/> (the nearest folder above it with Dyad.slnx), or null.</summary>
    public static string? RepositoryAbove(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dyad.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
