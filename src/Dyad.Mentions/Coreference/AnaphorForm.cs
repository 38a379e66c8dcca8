namespace Dyad.Mentions.Coreference;

/// <summary>How an anaphor refers: a pronoun ("he", "their") or a definite description ("the two leaders").</summary>
public enum AnaphorForm
{
    Pronoun,
    Description,
}
