using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Coding;

/// <summary>
/// The reading rules that differ between dictionary families. Dyad's own patterns follow CAMEO's coding manual
/// (<see cref="Dyad"/>): a modal auxiliary makes an act intended or hypothetical, and a negated act is marked and not
/// coded. PETRARCH-2 (<see cref="Petrarch"/>) codes the verb as written whatever its auxiliaries and governing verbs, turns
/// the code of a verb it negates into its opposite through its internal coding ontology and skips sentences that hold a discard phrase.
/// </summary>
public sealed record CodingConventions
{
    public static CodingConventions Dyad { get; } = new();

    /// <summary>Whether "will", "could" and the like make a predicate intended or hypothetical.</summary>
    public bool ModalAuxiliaries { get; init; } = true;

    /// <summary>
    /// Whether a negated governing verb negates the predicate ("did not agree to sign": no signing); else only the
    /// predicate's own negation counts ("won't try to clash" is a clash).
    /// </summary>
    public bool NegationFromGovernors { get; init; } = true;

    /// <summary>The ontology that gives the code of a negated act ("did not clash": 110 becomes 050); without one, negation only marks the event.</summary>
    public PetrarchOntology? Negation { get; init; }

    /// <summary>Phrases that stop a sentence or story from being coded.</summary>
    public DiscardList Discards { get; init; } = DiscardList.None;

    public static CodingConventions Petrarch(PetrarchOntology? negation, DiscardList discards) => new()
    {
        ModalAuxiliaries = false,
        NegationFromGovernors = false,
        Negation = negation,
        Discards = discards,
    };
}
