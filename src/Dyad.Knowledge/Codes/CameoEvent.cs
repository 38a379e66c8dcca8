using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Codes;

/// <summary>
/// One CAMEO event code with its name, Goldstein score, quad class (GDELT's convention, by root) and the PLOVER
/// event, mode and contexts it maps to; <see cref="PloverEvent"/> is null for the statements of root 01.
/// <see cref="Intent"/>, <see cref="Appeal"/> and <see cref="Demand"/> are the codes of announcing the act, asking
/// for it and demanding it, where the table gives them (null otherwise; see <see cref="CameoEventTable.IntentOf"/>).
/// </summary>
public sealed record CameoEvent(string Code, string Name, double Goldstein, int QuadClass, string? PloverEvent, string? PloverMode, IReadOnlyList<string> PloverContexts, SourceLocation Source)
{
    public string? Intent { get; init; }

    public string? Appeal { get; init; }

    public string? Demand { get; init; }

    /// <summary>The two-digit root ("05" for 0512).</summary>
    public string Root => Code[..2];
}
