namespace Dyad.Syntax.Parsing;

/// <summary>A training sentence for the parser: word hashes and (predicted) tags at 0..n-1, gold heads and relations at 1..n.</summary>
internal sealed record ParserExample(ulong[] Words, int[] Tags, int[] GoldHeads, int[] GoldRelations);
