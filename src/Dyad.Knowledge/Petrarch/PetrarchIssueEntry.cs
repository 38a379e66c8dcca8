using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// An issue phrase with every spelling its <c>n:</c>, <c>v:</c> and <c>+</c> expansions produce (upper case), the
/// issue code, and the category of the <c>&lt;ISSUE&gt;</c> section it is in. An ignore phrase (<c>~</c> or
/// <c>~~</c>, see <see cref="IgnoreLevel"/>) has no code and cancels issue coding for the sentence.
/// </summary>
public sealed record PetrarchIssueEntry(IReadOnlyList<string> Phrases, string? Code, string? Category, int IgnoreLevel, SourceLocation Source);
