namespace Dyad.Syntax.Morphology;

/// <summary>
/// Morphological features (the FEATS column) for tagged words: the most frequent value in training for the
/// lower-cased form and tag, else for the tag alone. Voice is left out here; it depends on the parse
/// (see <see cref="VoiceMarker"/>).
/// </summary>
internal sealed class FeatureLexicon
{
    private readonly Dictionary<(string Form, int Tag), string> _byWord;
    private readonly string[] _byTag;

    public FeatureLexicon(Dictionary<(string Form, int Tag), string> byWord, string[] byTag)
    {
        _byWord = byWord;
        _byTag = byTag;
    }

    public string Features(string form, int tag)
    {
        if (_byWord.TryGetValue((form, tag), out var features))
        {
            return features;
        }

        return _byWord.TryGetValue((form.ToLowerInvariant(), tag), out features) ? features : _byTag[tag];
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_byTag.Length);
        foreach (var features in _byTag)
        {
            writer.Write(features);
        }

        writer.Write(_byWord.Count);
        foreach (var ((form, tag), features) in _byWord)
        {
            writer.Write(form);
            writer.Write(tag);
            writer.Write(features);
        }
    }

    public static FeatureLexicon Read(BinaryReader reader)
    {
        var byTag = new string[reader.ReadInt32()];
        for (var i = 0; i < byTag.Length; i++)
        {
            byTag[i] = reader.ReadString();
        }

        var count = reader.ReadInt32();
        var byWord = new Dictionary<(string Form, int Tag), string>(count);
        for (var i = 0; i < count; i++)
        {
            byWord.Add((reader.ReadString(), reader.ReadInt32()), reader.ReadString());
        }

        return new FeatureLexicon(byWord, byTag);
    }
}
