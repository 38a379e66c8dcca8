namespace Dyad.Knowledge.Evaluation;

/// <summary>One actor mention drawn for a hand check: the item, the words matched, the code given, and the sentence.</summary>
public sealed record SampledMention(string StoryId, string Text, string? Code, string Name, string Resolution, string Sentence);
