using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// A title or group noun and the CAMEO sector codes it adds to a country (<c>defence minister -&gt; GOV MIL</c>),
/// with its PLOVER sector. <see cref="IsCounterpart"/> (<c>-&gt; *</c>) means "the sector of the actor it is the
/// counterpart of", which only the sentence can tell.
/// </summary>
public sealed record Agent(string Phrase, IReadOnlyList<string> Sectors, string? Plover, IReadOnlyList<string> Variants, SourceLocation Source)
{
    public bool IsCounterpart => Sectors.Count == 0;

    public string Code => string.Concat(Sectors);
}
