using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Events.Evaluation;

/// <summary>A gold record and the events the coder emitted for its text.</summary>
public readonly record struct CodedItem(GoldItem Gold, ImmutableArray<CodedEvent> Events);
