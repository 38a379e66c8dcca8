namespace Dyad.Core.Stories;

/// <summary>
/// The dependency tree of one sentence of a story, its words indexed from 0 within the sentence, with each word's
/// children, so that a stage can walk down the tree as well as up. Built once per sentence by whoever reads it.
/// </summary>
public sealed class DependencyTree
{
    private readonly Story _story;
    private readonly List<int>[] _children;

    public DependencyTree(Story story, int sentenceIndex)
    {
        _story = story;
        Index = sentenceIndex;
        FirstToken = story.Sentences[sentenceIndex].FirstToken;
        Count = story.Sentences[sentenceIndex].TokenCount;
        _children = new List<int>[Count];
        for (var i = 0; i < Count; i++)
        {
            _children[i] = [];
        }

        for (var i = 0; i < Count; i++)
        {
            var head = this[i].Head;
            if (head >= 0 && head < Count && head != i)
            {
                _children[head].Add(i);
            }
        }
    }

    /// <summary>The sentence's index in the story.</summary>
    public int Index { get; }

    public int Count { get; }

    /// <summary>The story-wide index of the sentence's first token.</summary>
    public int FirstToken { get; }

    public TokenSyntax this[int i] => _story.Syntax[FirstToken + i];

    public Token Token(int i) => _story.Tokens[FirstToken + i];

    /// <summary>The story-wide index of word <paramref name="i"/>.</summary>
    public int Global(int i) => FirstToken + i;

    /// <summary>The head of word <paramref name="i"/> within the sentence, -1 for the root.</summary>
    public int Head(int i) => this[i].Head;

    public string Relation(int i) => this[i].Relation;

    public IReadOnlyList<int> Children(int i) => _children[i];

    /// <summary>The children of <paramref name="i"/> whose relation is <paramref name="relation"/> exactly.</summary>
    public IEnumerable<int> Children(int i, string relation) => _children[i].Where(c => this[c].Relation == relation);

    /// <summary>The first child of <paramref name="i"/> whose relation is <paramref name="relation"/> exactly, or -1.</summary>
    public int Child(int i, string relation)
    {
        foreach (var child in _children[i])
        {
            if (this[child].Relation == relation)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The sentence root, or -1.</summary>
    public int Root()
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[i].Head < 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The words of the subtree of <paramref name="i"/> in order, leaving out the subtrees of children <paramref name="skip"/> rejects.</summary>
    public List<int> Subtree(int i, Func<int, bool>? skip = null)
    {
        var words = new List<int>();
        var stack = new Stack<int>();
        stack.Push(i);
        while (stack.Count > 0)
        {
            var word = stack.Pop();
            words.Add(word);
            foreach (var child in _children[word])
            {
                if (skip is null || !skip(child))
                {
                    stack.Push(child);
                }
            }
        }

        words.Sort();
        return words;
    }

    /// <summary>The first and last word of the subtree of <paramref name="i"/>, inclusive.</summary>
    public (int First, int Last) Extent(int i)
    {
        var words = Subtree(i);
        return (words[0], words[^1]);
    }
}
