using Dyad.Knowledge.Codes;
using Dyad.Testing;

namespace Dyad.Events.Tests;

/// <summary>The repository's CAMEO code table, for tests that build an event coder by hand.</summary>
internal static class BundledCodes
{
    public static CameoEventTable Table { get; } = CodeTableLoader.Load(Path.Combine(SharedData.RepositoryRoot, "knowledge", CodeTableLoader.Folder)).Value;
}
