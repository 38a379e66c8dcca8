using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// A mention an anaphor may point back to: an actor mention, a coordination of them ("Putin and Japarov"), or an
/// anaphor already resolved, or another noun phrase that is no actor ("the boy", "Cyd Ho"), which has no
/// <see cref="Actors"/>: an anaphor that resolves to it gets no code rather than the wrong one. <see cref="Actors"/>
/// are the actor-stage mentions it stands for (two or more for a group); <see cref="HeadToken"/> is a story token
/// index.
/// </summary>
public sealed record Referent(TextSpan Span, int Sentence, int HeadToken, ReferentKinds Kind, bool Plural, bool Subject, ImmutableArray<Actor> Actors, Gender Gender = Gender.Unknown)
{
    /// <summary>The country all its actors share, or null.</summary>
    public string? Country => Actors.Length > 0 && Actors.All(a => a.Country == Actors[0].Country) ? Actors[0].Country : null;
}
