namespace Dyad.Core.Conllu;

/// <summary>A multiword token line ("3-4 don't"): one surface token spanning words First..Last.</summary>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
