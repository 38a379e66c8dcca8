namespace Dyad.Syntax;

/// <summary>
/// The analysis of one word: universal and treebank-specific part of speech, lemma, morphological features in
/// CoNLL-U form ("Number=Sing|Person=3", "_" for none), head (1-based word index, 0 for the root) and UD v2
/// relation with subtype ("nsubj:pass").
/// </summary>
public readonly record struct SyntaxWord(string Upos, string Xpos, string Lemma, string Features, int Head, string Relation);
