namespace Dyad.Core.Conllu;

/// <summary>
/// One syntactic word of a CoNLL-U sentence. <see cref="Head"/> is 0 for the root and -1 where the file
/// gives "_". Unspecified string fields hold "_" as in the file.
/// </summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Deps,
    string Misc)
{
    /// <summary>Whether MISC says no space follows this word in the original text.</summary>
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
