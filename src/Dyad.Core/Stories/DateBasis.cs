namespace Dyad.Core.Stories;

/// <summary>Where an event's date comes from: a date expression in its own clause, or the story date.</summary>
public enum DateBasis
{
    Story,
    Text,
}
