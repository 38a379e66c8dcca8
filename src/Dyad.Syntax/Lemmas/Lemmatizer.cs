namespace Dyad.Syntax.Lemmas;

/// <summary>
/// Lemmas for tagged words: the training lemma of the same form and tag where there is one, otherwise the rule
/// most often seen in training for the tag and the longest known ending of the form. Unknown capitalised words
/// are lower-cased first when their tag's lemmas are lower case in training (a sentence-initial verb, not a name).
/// </summary>
internal sealed class Lemmatizer
{
    public const int LongestSuffix = 5;

    private readonly Dictionary<(string Form, int Tag), string> _known;
    private readonly Dictionary<(int Tag, string Suffix), LemmaRule> _rules;
    private readonly bool[] _lowerCaseTags;

    public Lemmatizer(Dictionary<(string Form, int Tag), string> known, Dictionary<(int Tag, string Suffix), LemmaRule> rules, bool[] lowerCaseTags)
    {
        _known = known;
        _rules = rules;
        _lowerCaseTags = lowerCaseTags;
    }

    public string Lemmatize(string form, int tag)
    {
        if (_known.TryGetValue((form, tag), out var lemma))
        {
            return lemma;
        }

        var lower = form.ToLowerInvariant();
        if (_known.TryGetValue((lower, tag), out lemma))
        {
            return lemma;
        }

        for (var length = Math.Min(LongestSuffix, lower.Length); length >= 0; length--)
        {
            if (_rules.TryGetValue((tag, lower[^length..]), out var rule))
            {
                return rule.Apply(_lowerCaseTags[tag] ? lower : form);
            }
        }

        return _lowerCaseTags[tag] ? lower : form;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_known.Count);
        foreach (var ((form, tag), lemma) in _known)
        {
            writer.Write(form);
            writer.Write(tag);
            writer.Write(lemma);
        }

        writer.Write(_rules.Count);
        foreach (var ((tag, suffix), rule) in _rules)
        {
            writer.Write(tag);
            writer.Write(suffix);
            writer.Write(rule.Lower);
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }

        writer.Write(_lowerCaseTags.Length);
        foreach (var lowerCase in _lowerCaseTags)
        {
            writer.Write(lowerCase);
        }
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var knownCount = reader.ReadInt32();
        var known = new Dictionary<(string Form, int Tag), string>(knownCount);
        for (var i = 0; i < knownCount; i++)
        {
            known.Add((reader.ReadString(), reader.ReadInt32()), reader.ReadString());
        }

        var ruleCount = reader.ReadInt32();
        var rules = new Dictionary<(int Tag, string Suffix), LemmaRule>(ruleCount);
        for (var i = 0; i < ruleCount; i++)
        {
            rules.Add((reader.ReadInt32(), reader.ReadString()), new LemmaRule(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString()));
        }

        var lowerCaseTags = new bool[reader.ReadInt32()];
        for (var i = 0; i < lowerCaseTags.Length; i++)
        {
            lowerCaseTags[i] = reader.ReadBoolean();
        }

        return new Lemmatizer(known, rules, lowerCaseTags);
    }
}
