namespace Dyad.Testing;

/// <summary>
/// Locates the read-only data folder ../shared beside the repository (or $DYAD_SHARED). Tests that need a file
/// from it use <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/>, which skip with the
/// missing file's name when it is absent.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } =
        Environment.GetEnvironmentVariable("DYAD_SHARED") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The full path of a file or folder under ../shared, given relative to it.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static bool Exists(string relative) => File.Exists(PathOf(relative)) || Directory.Exists(PathOf(relative));

    /// <summary>Why a test that needs these paths must skip, naming the first missing one; null when all are there.</summary>
    public static string? SkipReason(IEnumerable<string> relativePaths) =>
        relativePaths.FirstOrDefault(p => !Exists(p)) is { } missing ? $"needs ../shared/{missing}, which is absent" : null;

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dyad.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dyad.slnx not found above " + AppContext.BaseDirectory);
    }
}
