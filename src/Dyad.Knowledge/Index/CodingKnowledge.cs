using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Index;

/// <summary>
/// The knowledge a coding run uses: the compiled actor index, Dyad's knowledge (the bundled folder with a user's on
/// top: places, agreements, and the event patterns unless PETRARCH dictionaries replace them), and the PETRARCH-2
/// folder the actors and verb patterns come from when the user gives one; the bundled CAMEO code table, which says
/// how an announced, asked-for or demanded act is coded.
/// </summary>
public sealed record CodingKnowledge(ActorIndex Index, DyadKnowledge Dyad, PetrarchKnowledge? Petrarch, CameoEventTable Codes);
