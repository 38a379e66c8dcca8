using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// "the journalists arrested in Ukraine", "activists were detained in Belarus": an arrest or expulsion told with no
/// agent is done by the authorities of the country it happens in, since only a state arrests or expels lawfully, so
/// that country is its source.
/// </summary>
internal static class DetainingCountry
{
    private static readonly string[] StateActs = ["173", "174"];

    /// <summary>
    /// The countries named alone in an "in" phrase of an agentless passive <paramref name="roles"/> coded
    /// <paramref name="code"/>; empty when the act is no arrest or expulsion or no such country is named.
    /// </summary>
    public static ImmutableArray<Actor> Of(SentenceTree tree, SentenceActors actors, PredicateRoles roles, string code)
    {
        if (!roles.IsPassive || roles.Subject >= 0 || !StateActs.Any(a => code.StartsWith(a, StringComparison.Ordinal)))
        {
            return [];
        }

        return roles.Phrases.Where(p => p.Preposition == "in" && tree.Head(p.Head) == roles.Word)
            .Select(p => actors.Of(tree, p.Head))
            .FirstOrDefault(found => !found.IsEmpty && found.All(a => a.IsBareCountry), []);
    }
}
