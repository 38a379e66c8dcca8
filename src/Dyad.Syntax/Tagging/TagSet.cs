namespace Dyad.Syntax.Tagging;

/// <summary>The tagger's classes: joint UPOS and XPOS pairs, so the two always agree with each other.</summary>
internal sealed class TagSet
{
    public TagSet(StringIndex joint)
    {
        Joint = joint;
        Upos = new string[joint.Count];
        Xpos = new string[joint.Count];
        for (var i = 0; i < joint.Count; i++)
        {
            var name = joint.Names[i];
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            Upos[i] = name[..space];
            Xpos[i] = name[(space + 1)..];
        }
    }

    public StringIndex Joint { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int Count => Joint.Count;

    public static string Join(string upos, string xpos) => upos + " " + xpos;
}
