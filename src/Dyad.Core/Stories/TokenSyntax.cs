namespace Dyad.Core.Stories;

/// <summary>
/// The syntax of one token: universal and treebank part of speech, lemma, morphological features in CoNLL-U form
/// ("_" for none), the head as a token index within the sentence (-1 for the sentence root) and the UD v2 relation
/// with subtype ("nsubj:pass").
/// </summary>
public readonly record struct TokenSyntax(string Upos, string Xpos, string Lemma, string Features, int Head, string Relation);
