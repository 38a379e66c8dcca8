namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// A loaded PETRARCH verb dictionary: synonym sets, verb blocks with their patterns, transformations, and an
/// index from every verb spelling's verb word (upper case) to the blocks that contain it.
/// </summary>
public sealed class PetrarchVerbSet
{
    private readonly Dictionary<string, List<(VerbBlock Block, VerbEntry Verb)>> _byWord;

    public PetrarchVerbSet(IReadOnlyDictionary<string, Synset> synsets, IReadOnlyList<VerbBlock> blocks, IReadOnlyList<VerbTransformation> transformations)
    {
        Synsets = synsets;
        Blocks = blocks;
        Transformations = transformations;
        Patterns = blocks.SelectMany(b => b.Patterns).ToArray();
        _byWord = new Dictionary<string, List<(VerbBlock, VerbEntry)>>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var verb in block.Verbs)
            {
                foreach (var head in verb.Forms.Prepend(verb.Base).Select(f => f.Head).Distinct(StringComparer.Ordinal))
                {
                    if (!_byWord.TryGetValue(head, out var list))
                    {
                        list = [];
                        _byWord[head] = list;
                    }

                    list.Add((block, verb));
                }
            }
        }
    }

    public IReadOnlyDictionary<string, Synset> Synsets { get; }

    public IReadOnlyList<VerbBlock> Blocks { get; }

    public IReadOnlyList<VerbPattern> Patterns { get; }

    public IReadOnlyList<VerbTransformation> Transformations { get; }

    /// <summary>The patterns of every block the verb word belongs to, in file order.</summary>
    public IReadOnlyList<VerbPattern> PatternsFor(string word) =>
        Lookup(word).Select(x => x.Block).Distinct().SelectMany(b => b.Patterns).OrderBy(p => p.Source.Line).ToArray();

    /// <summary>
    /// The members of a synonym set with nested sets (<c>+&amp;OTHER</c>) replaced by their members, each set once
    /// (a set that contains itself, directly or not, adds nothing more).
    /// </summary>
    public IReadOnlyList<PatternElement> MembersOf(string name)
    {
        var members = new List<PatternElement>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Add(name);
        return members;

        void Add(string set)
        {
            if (!visited.Add(set) || !Synsets.TryGetValue(set, out var synset))
            {
                return;
            }

            foreach (var member in synset.Members)
            {
                if (member is SynsetElement nested)
                {
                    Add(nested.Name);
                }
                else
                {
                    members.Add(member);
                }
            }
        }
    }

    /// <summary>The blocks (and the verb in each) that a verb word, in any inflection, belongs to.</summary>
    public IReadOnlyList<(VerbBlock Block, VerbEntry Verb)> Lookup(string word) =>
        _byWord.TryGetValue(word.ToUpperInvariant(), out var list) ? list : [];
}
