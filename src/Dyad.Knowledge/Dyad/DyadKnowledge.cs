using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Dyad;

/// <summary>A folder of Dyad knowledge files, read and checked against each other.</summary>
public sealed record DyadKnowledge(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Agent> Agents,
    IReadOnlyList<EventPattern> EventPatterns,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<KnowledgeDiagnostic> Diagnostics)
{
    /// <summary>Countries, organisations and people: everything that can be an actor by name.</summary>
    public int ActorCount => Countries.Count + Organisations.Count + People.Count;
}
