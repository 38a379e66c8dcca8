using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// One line of a PETRARCH agent dictionary after macro expansion and plural generation: every phrase that names
/// the agent, its code, and where the code goes.
/// </summary>
public sealed record PetrarchAgentEntry(IReadOnlyList<IReadOnlyList<string>> Phrases, string Code, AgentCodePlacement Placement, SourceLocation Source);
