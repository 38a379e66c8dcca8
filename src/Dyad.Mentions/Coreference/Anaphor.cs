using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// A pronoun or description that needs an antecedent: its span and head token (a story token index), the kinds of
/// referent it accepts, whether it is plural and how many it names ("the two leaders", "both sides": 2; 0 when
/// unsaid), the country its modifier names ("the Kyrgyz leader": KGZ), and its syntactic relation.
/// </summary>
public sealed record Anaphor(TextSpan Span, int Sentence, int HeadToken, AnaphorForm Form, ReferentKinds Kinds, bool Plural, int Count, string? Country, string Relation, Gender Gender = Gender.Unknown)
{
    public bool IsSubject => Relation.StartsWith("nsubj", StringComparison.Ordinal);

    /// <summary>How many sentences back its antecedent may be: descriptions reach further than pronouns.</summary>
    public int Reach => Form == AnaphorForm.Pronoun ? 3 : 6;
}
