using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// An anaphor linked to its antecedent: the anaphor's span, sentence and head token span, the antecedent mention
/// it points back to (the nearest one, which may itself be a resolved anaphor) with its head token span, and the
/// actor-stage mention that gives the code. A plural anaphor has one link per actor it stands for.
/// </summary>
public sealed record CoreferenceLink(TextSpan Anaphor, int Sentence, TextSpan AnaphorHead, AnaphorForm Form, TextSpan Antecedent, TextSpan AntecedentHead, Actor Source);
