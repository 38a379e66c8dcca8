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
    /// Whether the verbs that govern a predicate lend it their intent and negation: "agreed to sign" is coded as the
    /// intent to sign (and not as agreeing), "did not try to sign" as negated. Else each verb is coded by its own
    /// patterns and words ("won't try to clash" is a clash). An appeal ("urged X to sign") is no act either way.
    /// </summary>
    public bool GoverningVerbs { get; init; } = true;

    /// <summary>
    /// Whether a verb whose complement clause codes an event gives no event of its own: PETRARCH-2 codes "to celebrate
    /// May Day with X" first and hands that event up to "will be hosting Y", which combines with it rather than
    /// adding a hosting of Y.
    /// </summary>
    public bool ComplementFirst { get; init; }

    /// <summary>
    /// Whether a complement's missing subject is its governor's subject even when the governor has an object
    /// ("hosting Y to celebrate" is celebrated by the host), as PETRARCH-2 fills a complement's empty source from
    /// the governing verb's source; else the object controls it ("urged Y to sign").
    /// </summary>
    public bool SubjectControl { get; init; }

    /// <summary>
    /// Whether a statement with no target in a story that reports a conversation is addressed to the conversation's
    /// other party (<see cref="ConversationParties"/>), and a consultation that names no party is the conversation
    /// itself (<see cref="AgentlessConsultation"/>), as CAMEO coders read call and talks items; PETRARCH-2 codes each
    /// sentence alone.
    /// </summary>
    public bool ConversationTargets { get; init; } = true;

    /// <summary>
    /// Whether an act of an actor on its own country ("Putin addressed the heads of Russian regions", RUSGOV → RUS) is
    /// domestic and not coded, as ../shared/gold/GUIDELINES.md leaves out domestic housekeeping; PETRARCH-2 codes it.
    /// </summary>
    public bool DropsOwnCountryTargets { get; init; } = true;

    /// <summary>The ontology that gives the code of a negated act ("did not clash": 110 becomes 050); without one, negation only marks the event.</summary>
    public PetrarchOntology? Negation { get; init; }

    /// <summary>Phrases that stop a sentence or story from being coded.</summary>
    public DiscardList Discards { get; init; } = DiscardList.None;

    public static CodingConventions Petrarch(PetrarchOntology? negation, DiscardList discards) => new()
    {
        ModalAuxiliaries = false,
        GoverningVerbs = false,
        ComplementFirst = true,
        SubjectControl = true,
        ConversationTargets = false,
        DropsOwnCountryTargets = false,
        Negation = negation,
        Discards = discards,
    };
}
