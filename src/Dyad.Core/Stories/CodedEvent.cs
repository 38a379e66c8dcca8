using System.Collections.Immutable;

namespace Dyad.Core.Stories;

/// <summary>
/// One coded event: who (<see cref="Sources"/>) did what (<see cref="CameoCode"/>) to whom (<see cref="Targets"/>)
/// in sentence <see cref="Sentence"/>, with the words that triggered it, the pattern that coded it
/// (<c>file:line</c> and its text), how the text presents it, its date and where the date came from, and every span
/// of evidence (more than one once duplicates in a story are merged). Negated and hypothetical events are kept,
/// marked, so <c>dyad explain</c> can show them, but they are not written as records (<see cref="IsCoded"/>).
/// </summary>
public sealed record CodedEvent
{
    public required int Sentence { get; init; }

    public required ImmutableArray<Actor> Sources { get; init; }

    public required ImmutableArray<Actor> Targets { get; init; }

    public required string CameoCode { get; init; }

    public required TextSpan Trigger { get; init; }

    /// <summary>Where the code came from: <c>events.txt:12 verb hold -&gt; 046 ...</c>.</summary>
    public required string Pattern { get; init; }

    public bool Negated { get; init; }

    public Modality Modality { get; init; }

    /// <summary>PLOVER contexts the pattern adds to those of the CAMEO code.</summary>
    public ImmutableArray<string> Contexts { get; init; } = [];

    public DateOnly? Date { get; init; }

    public DateBasis DateBasis { get; init; }

    /// <summary>Where the event happened: a place in its own clause, else the dateline's; null when neither is known.</summary>
    public EventPlace? Place { get; init; }

    public ImmutableArray<TextSpan> Evidence { get; init; } = [];

    /// <summary>
    /// Whether the event is one side of a mutual action (meet, hold talks, sign): it is written as a CAMEO pair, one
    /// record in each direction with the same code, both marked, so a PLOVER user can read the pair as one event
    /// whose compound actor is the union of source and target.
    /// </summary>
    public bool Joint { get; init; }

    /// <summary>Whether the event is written as a record: neither negated nor hypothetical.</summary>
    public bool IsCoded => !Negated && Modality != Modality.Hypothetical;
}
