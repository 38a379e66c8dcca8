using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// An anaphor linked to its antecedent: the anaphor's span, sentence and head token span, and the actor-stage mention
/// whose code it takes, with that mention's span and head token span. An anaphor resolved through an earlier one
/// ("Putin … he … his") links to the actor mention at the start of the chain. A plural anaphor has one link per
/// actor it stands for.
/// </summary>
public sealed record CoreferenceLink(TextSpan Anaphor, int Sentence, TextSpan AnaphorHead, AnaphorForm Form, TextSpan Antecedent, TextSpan AntecedentHead, Actor Source);
