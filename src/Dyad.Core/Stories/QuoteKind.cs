namespace Dyad.Core.Stories;

/// <summary>Whether reported speech gives the words in quotation marks or paraphrases them ("said that", "according to").</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
}
