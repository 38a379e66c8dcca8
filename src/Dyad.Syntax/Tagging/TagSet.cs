namespace Dyad.Syntax.Tagging;

/// <summary>The tagger's classes: joint UPOS and XPOS pairs, so the two always agree with each other.</summary>
internal sealed class TagSet
{
    public TagSet(StringIndex joint)
    {
        Joint = joint;
        Upos = new string[joint.Count];
        Xpos = new string[joint.Count];
        IsNameTag = new bool[joint.Count];
        for (var i = 0; i < joint.Count; i++)
        {
            var name = joint.Names[i];
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            Upos[i] = name[..space];
            Xpos[i] = name[(space + 1)..];
            IsNameTag[i] = Upos[i] is "PROPN" or "ADJ";
        }
    }

    public StringIndex Joint { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    /// <summary>
    /// The tags a word known to name something may take: a proper noun, or an adjective, since a name's
    /// adjective ("Russian", "Eriadorian") is one in UD.
    /// </summary>
    public bool[] IsNameTag { get; }

    public int Count => Joint.Count;

    public static string Join(string upos, string xpos) => upos + " " + xpos;
}
