namespace Dyad.Core.Stories;

/// <summary>
/// The dateline that opens a wire story ("MOSCOW, May 8. /TASS/."): the place, the agency, the day it names
/// resolved to a full date against the story date, and where it sits in the text.
/// </summary>
public sealed record Dateline(string? Place, string? Agency, DateOnly? Date, TextSpan Span);
