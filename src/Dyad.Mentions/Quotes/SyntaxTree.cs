using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>Reads the dependency tree of one sentence: children by relation and the token range a subtree covers.</summary>
internal readonly struct SyntaxTree(Story story, Sentence sentence)
{
    public int Count => sentence.TokenCount;

    /// <summary>The story-wide index of token <paramref name="t"/> of the sentence.</summary>
    public int Global(int t) => sentence.FirstToken + t;

    public TokenSyntax this[int t] => story.Syntax[sentence.FirstToken + t];

    /// <summary>The first child of <paramref name="head"/> whose relation is <paramref name="relation"/> exactly, or -1.</summary>
    public int Child(int head, string relation)
    {
        for (var t = 0; t < Count; t++)
        {
            if (this[t].Head == head && this[t].Relation == relation)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The first and last token of the subtree under <paramref name="top"/>, inclusive.</summary>
    public (int First, int Last) Span(int top)
    {
        int first = top, last = top;
        for (var t = 0; t < Count; t++)
        {
            if (Dominates(top, t))
            {
                first = Math.Min(first, t);
                last = Math.Max(last, t);
            }
        }

        return (first, last);
    }

    /// <summary>Whether <paramref name="top"/> is <paramref name="t"/> or one of its ancestors.</summary>
    public bool Dominates(int top, int t)
    {
        for (var steps = 0; t >= 0 && steps <= Count; steps++)
        {
            if (t == top)
            {
                return true;
            }

            t = this[t].Head;
        }

        return false;
    }

    /// <summary>The sentence root, or -1.</summary>
    public int Root()
    {
        for (var t = 0; t < Count; t++)
        {
            if (this[t].Head < 0)
            {
                return t;
            }
        }

        return -1;
    }
}
