namespace Dyad.Syntax.Lemmas;

/// <summary>How to turn a form into its lemma: optionally lower-case it, cut <see cref="Strip"/> characters off the end, append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    public string Apply(string form)
    {
        var stem = Lower ? form.ToLowerInvariant() : form;
        return Strip > stem.Length || (Strip == stem.Length && Append.Length == 0)
            ? stem
            : string.Concat(stem.AsSpan(0, stem.Length - Strip), Append);
    }

    /// <summary>The rule that maps <paramref name="form"/> to <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        var lowered = form.ToLowerInvariant();
        var lower = lowered != form && !lemma.Any(char.IsUpper);
        var stem = lower ? lowered : form;
        var common = 0;
        while (common < stem.Length && common < lemma.Length && stem[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(lower, stem.Length - common, lemma[common..]);
    }
}
