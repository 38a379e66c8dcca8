using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Petrarch;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Index;

/// <summary>
/// What one phrase of the index stands for. <see cref="Codes"/> are tried in order and the first whose range holds
/// the story date is the code. <see cref="ExactTokens"/> is set for acronyms such as "US", which match only in that
/// case (so "us" is not the United States). An agent's code goes after the country unless <see cref="CodeFirst"/>.
/// A family name alone carries the first letters of its person's given names in <see cref="GivenNameStarts"/>, so
/// that another given name before it ("Alexander Novak" against Katalin Novák) shows another person.
/// </summary>
internal sealed record IndexEntry(EntryKind Kind, string Name, IReadOnlyList<DatedCode> Codes, IReadOnlyList<string>? ExactTokens, bool CodeFirst, bool IsCounterpart, SourceLocation Source)
{
    public IReadOnlyList<string>? GivenNameStarts { get; init; }

    public string? CodeOn(DateOnly date) => Codes.FirstOrDefault(c => c.Range.Contains(date))?.Code is { } code && code != PetrarchCodes.Null ? code : null;

    public string SortKey => $"{(int)Kind}\u0001{Name}\u0001{string.Join(',', Codes.Select(c => c.Code + c.Range))}\u0001{string.Join(' ', ExactTokens ?? [])}\u0001{CodeFirst}\u0001{IsCounterpart}\u0001{Source}\u0001{string.Join(' ', GivenNameStarts ?? [])}";
}
