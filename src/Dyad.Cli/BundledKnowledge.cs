using Dyad.Knowledge.Codes;

namespace Dyad.Cli;

/// <summary>
/// The knowledge folder shipped beside the executable (a copy of the repository's knowledge/ made by the build):
/// the default of every command that reads knowledge, whatever the working directory.
/// </summary>
internal static class BundledKnowledge
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>The CAMEO event codes with their PLOVER equivalents, from the bundled <c>codes</c> folder.</summary>
    public static CameoEventTable LoadCodeTable() => CodeTableLoader.Load(Path.Combine(Folder, CodeTableLoader.Folder)).Value;
}
