using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// The dependency tree of one sentence with the words' lower-cased forms and lemmas, which the coder compares
/// against its patterns, and the coder's readings of it (particles, prepositions, conjuncts).
/// </summary>
internal sealed class SentenceTree
{
    private readonly DependencyTree _tree;
    private readonly string[] _lower;
    private readonly string[] _lemma;

    public SentenceTree(Story story, int sentenceIndex)
    {
        _tree = new DependencyTree(story, sentenceIndex);
        _lower = new string[Count];
        _lemma = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            _lower[i] = Token(i).ToString(story.Text).ToLowerInvariant();
            _lemma[i] = this[i].Lemma.ToLowerInvariant();
        }
    }

    public int Index => _tree.Index;

    public int Count => _tree.Count;

    public TokenSyntax this[int i] => _tree[i];

    public Token Token(int i) => _tree.Token(i);

    public int FirstToken => _tree.FirstToken;

    public string Lower(int i) => _lower[i];

    public string Lemma(int i) => _lemma[i];

    public string Relation(int i) => _tree.Relation(i);

    /// <summary>The relation without its subtype: <c>obl</c> for <c>obl:tmod</c>.</summary>
    public string BaseRelation(int i)
    {
        var relation = this[i].Relation;
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    public int Head(int i) => _tree.Head(i);

    public IReadOnlyList<int> Children(int i) => _tree.Children(i);

    public IEnumerable<int> Children(int i, string relation) => _tree.Children(i, relation);
    /// <summary>The "of" complements of a word ("the part of the troops", "the ambassadors of Arnor").</summary>
    public IEnumerable<int> OfComplements(int i) => Children(i).Where(c => BaseRelation(c) == "nmod" && CaseOf(c) == "of");

    /// <summary>The "by" phrase of a passive verb, which names who acts.</summary>
    public bool IsPassiveAgent(int phrase) => Relation(phrase) == "obl:agent" || (BaseRelation(phrase) == "obl" && CaseOf(phrase) == "by");

    /// <summary>A past participle on a noun ("the sanctions imposed by the EU"): a passive whose object is that noun.</summary>
    public bool IsReducedRelative(int verb) => Relation(verb) == "acl" && this[verb].Xpos == "VBN" && Head(verb) >= 0;

    /// <summary>The past participles on a noun ("the sanctions imposed by ...").</summary>
    public IEnumerable<int> Participles(int noun) => Children(noun).Where(IsReducedRelative);

    /// <summary>Whether a clause is introduced by the marker <paramref name="mark"/> ("to send", "of arranging").</summary>
    public bool IsMarkedBy(int i, string mark) => Children(i, "mark").Any(m => _lower[m] == mark);

    /// <summary>Whether a word is the predicate of a clause with a copula ("Japarov is on a visit").</summary>
    public bool IsCopularPredicate(int i) => Children(i, "cop").Any();

    /// <summary>
    /// The place of the "be" clause whose occasion a noun is, or -1: "Russia" for "visit" in "who is in Russia on an
    /// official visit", hung on "Russia". A phrase right after such a relative clause that the parse hung on the main
    /// verb instead ("met with Japarov, who is in Russia on an official visit", the visit on "met") closes that
    /// clause, the nearest one open before it.
    /// </summary>
    public int OccasionPlace(int noun)
    {
        if (Relation(noun) != "obl" || Head(noun) is not (var head and >= 0))
        {
            return -1;
        }

        if (IsPlaceOfBe(head))
        {
            return head;
        }

        var start = Subtree(noun).Min();
        return Enumerable.Range(0, start).LastOrDefault(c => Relation(c) == "acl:relcl" && IsPlaceOfBe(c) && Subtree(c).Max() == start - 1, -1);
    }

    private bool IsPlaceOfBe(int word) => IsCopularPredicate(word) && CaseOf(word) is not null;

    /// <summary>The particle of a phrasal verb ("carry out"), lower-cased, or null.</summary>
    public string? Particle(int i) => Children(i, "compound:prt").Select(Lower).FirstOrDefault();

    /// <summary>Whether a word's lemma or lower-cased form is <paramref name="word"/>.</summary>
    public bool Is(int i, string word) => _lower[i] == word || _lemma[i] == word;

    /// <summary>
    /// The preposition that introduces a phrase: its <c>case</c> children, joined ("because of"). A possessive ending
    /// the parse hangs beside a preposition belongs to a word of the phrase ("to participants in the League's summit").
    /// </summary>
    public string? CaseOf(int i)
    {
        var marks = Children(i).Where(c => this[c].Relation is "case" or "fixed").OrderBy(c => c).ToList();
        if (marks.Count == 0)
        {
            return null;
        }

        if (marks.Any(m => this[m].Xpos != "POS"))
        {
            marks.RemoveAll(m => this[m].Xpos == "POS");
        }

        return string.Join(' ', marks.SelectMany(m => Children(m).Where(f => this[f].Relation == "fixed").Prepend(m)).Distinct().OrderBy(m => m).Select(m => _lower[m]));
    }

    /// <summary>The words of the subtree of <paramref name="i"/>, leaving out the subtrees of children <paramref name="skip"/> rejects.</summary>
    public List<int> Subtree(int i, Func<int, bool>? skip = null) => _tree.Subtree(i, skip);

    /// <summary>
    /// The word and the words coordinated with it ("Putin and his counterpart Japarov"). A later subject of the same
    /// verb led by a conjunction of its own or of the verb is one too: the parser sometimes hangs the last member of a subject list ("Lions,
    /// tigers, and Gondor welcomed") on the verb as a second subject, which a clause cannot have. Items of a
    /// <c>list</c> count too: the parser gives that relation to a long run of comma-separated names before the
    /// conjunction ("Vladimir Putin, President of Belarus Alexander Lukashenko, ... and ... attended").
    /// </summary>
    public List<int> Conjuncts(int i)
    {
        var result = new List<int> { i };
        var head = Head(i);
        if (Relation(i) == "nsubj" && head >= 0)
        {
            result.AddRange(Children(head, "nsubj").Where(s => s > i && Enumerable.Range(i + 1, s - i - 1).Any(k => this[k].Upos == "CCONJ" && (Head(k) == s || Head(k) == head))));
        }

        for (var k = 0; k < result.Count; k++)
        {
            result.AddRange(Children(result[k]).Where(c => Relation(c) is "conj" or "list").Select(c => ListHeadOfSubject(c, LastSubjectOf(c)) == i ? LastSubjectOf(c) : c));
        }

        return result;
    }

    /// <summary>
    /// "Mordor, Arnor, and Gondor welcomed", parsed with "welcomed" as a conjunct of "Mordor" and "Gondor" its
    /// subject after the conjunction: the subject ends a list that the noun the verb hangs on begins. That noun, or -1.
    /// </summary>
    public int ListHeadOfSubject(int verb, int subject)
    {
        var head = Head(verb);
        return subject >= 0 && head >= 0 && head < subject && subject < verb && Relation(verb) == "conj" && this[head].Upos is "NOUN" or "PROPN"
            && Children(verb, "cc").Any(c => c < subject)
            ? head : -1;
    }

    private int LastSubjectOf(int verb) => this[verb].Upos == "VERB" ? Children(verb, "nsubj").LastOrDefault(-1) : -1;

    public TextSpan Span(int first, int last) => new(Token(first).Start, Token(last).End);
}
