namespace Dyad.Syntax.Parsing;

/// <summary>
/// An arc-eager configuration over words 1..n with the artificial root 0 at the bottom of the stack, plus what
/// the features need about each word's children. Reused between sentences.
/// </summary>
internal sealed class ParserState
{
    public int Length;
    public int[] Stack = [];
    public int Top;
    public int Front;
    public int[] Head = [];
    public int[] Relation = [];
    public int[] Leftmost = [];
    public int[] Leftmost2 = [];
    public int[] Rightmost = [];
    public int[] Rightmost2 = [];
    public int[] LeftCount = [];
    public int[] RightCount = [];
    public ulong[] LeftRelations = [];
    public ulong[] RightRelations = [];
    public bool[] OnStack = [];

    /// <summary>How many of words 1..i are punctuation, at index i.</summary>
    public int[] PunctuationUpTo = [];
    public bool RootAttached;

    public bool IsTerminal => Front > Length;

    public int StackTop => Stack[Top - 1];

    public void Reset(int length)
    {
        Length = length;
        var size = length + 1;
        Reserve(size);
        Array.Fill(Head, -1, 0, size);
        Array.Fill(Relation, -1, 0, size);
        Array.Fill(Leftmost, -1, 0, size);
        Array.Fill(Leftmost2, -1, 0, size);
        Array.Fill(Rightmost, -1, 0, size);
        Array.Fill(Rightmost2, -1, 0, size);
        Array.Clear(LeftCount, 0, size);
        Array.Clear(RightCount, 0, size);
        Array.Clear(LeftRelations, 0, size);
        Array.Clear(RightRelations, 0, size);
        Array.Clear(OnStack, 0, size);
        Stack[0] = 0;
        OnStack[0] = true;
        Top = 1;
        Front = 1;
        RootAttached = false;
    }

    /// <summary>Makes this state a copy of <paramref name="other"/>, so a beam can branch without allocating.</summary>
    public void CopyFrom(ParserState other)
    {
        Length = other.Length;
        var size = Length + 1;
        Reserve(size);
        Array.Copy(other.Stack, Stack, other.Top);
        Array.Copy(other.Head, Head, size);
        Array.Copy(other.Relation, Relation, size);
        Array.Copy(other.Leftmost, Leftmost, size);
        Array.Copy(other.Leftmost2, Leftmost2, size);
        Array.Copy(other.Rightmost, Rightmost, size);
        Array.Copy(other.Rightmost2, Rightmost2, size);
        Array.Copy(other.LeftCount, LeftCount, size);
        Array.Copy(other.RightCount, RightCount, size);
        Array.Copy(other.LeftRelations, LeftRelations, size);
        Array.Copy(other.RightRelations, RightRelations, size);
        Array.Copy(other.OnStack, OnStack, size);
        Array.Copy(other.PunctuationUpTo, PunctuationUpTo, size);
        Top = other.Top;
        Front = other.Front;
        RootAttached = other.RootAttached;
    }

    private void Reserve(int size)
    {
        if (Head.Length < size)
        {
            var capacity = Math.Max(size, Head.Length * 2);
            Stack = new int[capacity];
            Head = new int[capacity];
            Relation = new int[capacity];
            Leftmost = new int[capacity];
            Leftmost2 = new int[capacity];
            Rightmost = new int[capacity];
            Rightmost2 = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
            LeftRelations = new ulong[capacity];
            RightRelations = new ulong[capacity];
            OnStack = new bool[capacity];
            PunctuationUpTo = new int[capacity];
        }
    }

    /// <summary>Resets the state for a sentence with these tags and counts its punctuation, as every parse starts.</summary>
    public void Start(ReadOnlySpan<int> tags, bool[] punctuationTags)
    {
        Reset(tags.Length);
        CountPunctuation(tags, punctuationTags);
    }

    private void CountPunctuation(ReadOnlySpan<int> tags, bool[] punctuationTags)
    {
        PunctuationUpTo[0] = 0;
        for (var i = 1; i <= Length; i++)
        {
            PunctuationUpTo[i] = PunctuationUpTo[i - 1] + (punctuationTags[tags[i - 1]] ? 1 : 0);
        }
    }

    public bool IsValid(int move, Moves moves, int rootRelation)
    {
        if (IsTerminal)
        {
            return false;
        }

        var top = StackTop;
        if (move == Moves.Shift)
        {
            return true;
        }

        if (move == Moves.Reduce)
        {
            return top != 0 && Head[top] >= 0;
        }

        var relation = moves.RelationOf(move);
        if (moves.IsLeft(move))
        {
            return top != 0 && Head[top] < 0 && relation != rootRelation;
        }

        return top == 0 ? relation == rootRelation && !RootAttached : relation != rootRelation;
    }

    public void Apply(int move, Moves moves)
    {
        var top = StackTop;
        if (move == Moves.Shift)
        {
            Push(Front++);
        }
        else if (move == Moves.Reduce)
        {
            Pop();
        }
        else if (moves.IsLeft(move))
        {
            Attach(Front, top, moves.RelationOf(move));
            Pop();
        }
        else
        {
            Attach(top, Front, moves.RelationOf(move));
            RootAttached |= top == 0;
            Push(Front++);
        }
    }

    /// <summary>Gives every word still without a head one: the first becomes the root if there is none, the rest depend on the root word.</summary>
    public void Finish(int rootRelation, int fallbackRelation)
    {
        var root = -1;
        for (var i = 1; i <= Length; i++)
        {
            if (Head[i] == 0)
            {
                root = i;
            }
        }

        for (var i = 1; i <= Length; i++)
        {
            if (Head[i] >= 0)
            {
                continue;
            }

            if (root < 0)
            {
                root = i;
                Attach(0, i, rootRelation);
            }
            else
            {
                Attach(root, i, fallbackRelation);
            }
        }
    }

    private void Push(int word)
    {
        Stack[Top++] = word;
        OnStack[word] = true;
    }

    private void Pop() => OnStack[Stack[--Top]] = false;

    private void Attach(int head, int dependent, int relation)
    {
        Head[dependent] = head;
        Relation[dependent] = relation;
        var bit = 1UL << (relation & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftRelations[head] |= bit;
            if (Leftmost[head] < 0 || dependent < Leftmost[head])
            {
                Leftmost2[head] = Leftmost[head];
                Leftmost[head] = dependent;
            }
            else if (Leftmost2[head] < 0 || dependent < Leftmost2[head])
            {
                Leftmost2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightRelations[head] |= bit;
            if (dependent > Rightmost[head])
            {
                Rightmost2[head] = Rightmost[head];
                Rightmost[head] = dependent;
            }
            else if (dependent > Rightmost2[head])
            {
                Rightmost2[head] = dependent;
            }
        }
    }
}
