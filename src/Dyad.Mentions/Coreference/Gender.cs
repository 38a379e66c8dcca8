namespace Dyad.Mentions.Coreference;

/// <summary>The grammatical gender a pronoun, title or noun shows ("she", "Mrs", "mother"); most mentions show none.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}
