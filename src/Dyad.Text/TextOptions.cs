namespace Dyad.Text;

/// <summary>How <see cref="TextAnalyzer"/> reads a story.</summary>
public sealed record TextOptions
{
    public static TextOptions Default { get; } = new();

    /// <summary>Look for a dateline at the start of the text; sentences begin after it.</summary>
    public bool FindDateline { get; init; } = true;

    /// <summary>
    /// Split hyphenated compounds ("14 - year - old") but keep prefixed words ("co-founder") whole, as current
    /// UD English does; when false every hyphenated word stays one token.
    /// </summary>
    public bool SplitHyphens { get; init; } = true;
}
