namespace Dyad.Core.Conllu;

internal static class ConlluMisc
{
    public static bool Has(string misc, string item)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part == item)
            {
                return true;
            }
        }

        return false;
    }
}
