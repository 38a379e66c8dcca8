namespace Dyad.Core.Stories;

/// <summary>How exactly a date expression pins down its time.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
    Range,
}

/// <summary>
/// A date expression in the text ("September 20, 2012", "on Monday", "last week", "mid-May") resolved to the
/// days it covers, <see cref="First"/> to <see cref="Last"/> inclusive. <see cref="Relative"/> says it was
/// resolved against the story date rather than read off the text alone.
/// </summary>
public sealed record DateMention(TextSpan Span, DateOnly First, DateOnly Last, DatePrecision Precision, bool Relative);
