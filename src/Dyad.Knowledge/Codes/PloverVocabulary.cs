namespace Dyad.Knowledge.Codes;

/// <summary>The PLOVER event types with the modes each allows, and the contexts.</summary>
public sealed record PloverVocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> ModesOfEvent, IReadOnlySet<string> Contexts)
{
    public static PloverVocabulary Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new HashSet<string>());
}
