using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Index;

/// <summary>
/// The knowledge a coding run uses: the compiled actor index and the dictionaries it came from, Dyad's own
/// (<see cref="Dyad"/>) or a PETRARCH-2 folder (<see cref="Petrarch"/>); exactly one of the two is set.
/// </summary>
public sealed record CodingKnowledge(ActorIndex Index, DyadKnowledge? Dyad, PetrarchKnowledge? Petrarch);
