using Dyad.Events.Patterns;

namespace Dyad.Events.Coding;

/// <summary>
/// The grammatical roles around one predicate word: its subject (the agent of a passive, found through control,
/// coordination and relative clauses when the word has none of its own), its direct object (the subject of a
/// passive) and its prepositional phrases (those of its object and of the object's "of" complement too, and for an
/// event noun those of the verb it is the object of, or the place a clause with "be" puts its subject in).
/// </summary>
internal sealed class PredicateRoles
{
    /// <summary>"at" is not among them: it aims an act at its target as often as it places it ("fired shells at Seoul").</summary>
    private static readonly HashSet<string> NotActorPrepositions = new(StringComparer.Ordinal)
    {
        "in", "inside", "near", "across", "throughout", "within", "during", "after", "before", "since", "until",
        "around", "by", "of", "like", "as", "despite", "amid", "via", "without", "outside", "following", "including",
    };

    private readonly SentenceTree _tree;
    private readonly Func<int, bool> _holdsActor;
    private readonly bool _subjectControl;

    /// <summary>
    /// The roles of <paramref name="word"/>; <paramref name="holdsActor"/> says whether a word's phrase holds a coded
    /// actor. With <paramref name="subjectControl"/> a complement's missing subject is always its governor's subject, as
    /// PETRARCH-2 fills the empty source of a complement's event with the governing verb's source.
    /// </summary>
    public PredicateRoles(SentenceTree tree, int word, bool isNoun, Func<int, bool> holdsActor, bool subjectControl = false)
    {
        _tree = tree;
        _holdsActor = holdsActor;
        _subjectControl = subjectControl;
        Word = word;
        IsPassive = !isNoun && (tree.Children(word).Any(c => tree.Relation(c) is "nsubj:pass" or "aux:pass") || tree[word].Features.Contains("Voice=Pass", StringComparison.Ordinal) || SharesPassive(word));
        Subject = isNoun ? EventNounSubject(word) : VerbSubject(word, 0);
        Object = isNoun ? -1 : VerbObject(word);
        Phrases = FindPhrases(word, isNoun);
    }

    public int Word { get; }

    public bool IsPassive { get; }

    /// <summary>The word heading the subject (or agent), or -1.</summary>
    public int Subject { get; }

    /// <summary>The word heading the direct object (or passive subject), or -1.</summary>
    public int Object { get; }

    /// <summary>The prepositional phrases: each head word with its preposition, in text order.</summary>
    public IReadOnlyList<(int Head, string Preposition)> Phrases { get; }

    /// <summary>The heads of the phrases that one of <paramref name="prepositions"/> introduces.</summary>
    public IEnumerable<int> PhrasesOf(PatternWords prepositions) => Phrases.Where(p => prepositions.Accepts(p.Preposition)).Select(p => p.Head);

    /// <summary>
    /// Whether the phrase headed by <paramref name="head"/>, introduced by <paramref name="preposition"/>, marks a place,
    /// time or manner rather than a party to the event. A "by" phrase on a noun names who acts in it ("condemned an
    /// attack by Osgiliath soldiers"), where on a verb it is mostly the means ("by phone"); an "in" phrase on a noun
    /// names whose thing it is ("criticised the closure of guest houses in Bree"), where on a verb it places the event.
    /// </summary>
    public static bool IsCircumstance(SentenceTree tree, int head, string preposition) =>
        NotActorPrepositions.Contains(preposition) && !(preposition is "by" or "in" && tree.BaseRelation(head) == "nmod");

    private int VerbSubject(int verb, int depth)
    {
        if (depth > 4)
        {
            return -1;
        }

        if (IsPassiveVerb(verb))
        {
            var agent = _tree.Children(verb).FirstOrDefault(_tree.IsPassiveAgent, -1);
            if (agent >= 0 || depth == 0)
            {
                return agent;
            }
        }

        var subject = OwnSubject(verb);
        var relation = _tree.Relation(verb);
        var head = _tree.Head(verb);
        if (subject >= 0)
        {
            return _tree.ListHeadOfSubject(verb, subject) is >= 0 and var list ? list : AntecedentOf(subject, verb);
        }

        if (head < 0)
        {
            return -1;
        }

        if (IsSubjectMisreadAsHead(verb, head, relation))
        {
            return head;
        }

        return relation switch
        {
            "xcomp" => ControllerOf(head, depth),
            "conj" or "advcl" => VerbSubject(head, depth + 1),
            "acl:relcl" => head,

            // A present participle on a noun tells what that noun does: "the parade supporting X" is the parade's act.
            "acl" when _tree[verb].Xpos == "VBG" => head,
            "acl" => NounSubject(head),

            // "Arnor will abandon relations ... after crowds trashed its embassy", parsed with "abandon" as an auxiliary
            // of "trashed": a full verb is no auxiliary, and the subject the parse gave the later verb is its own.
            "aux" when _tree[verb].Upos == "VERB" => VerbSubject(head, depth + 1),
            _ => -1,
        };
    }

    /// <summary>
    /// The subject among a verb's own. A clause has one, so several are a misparse: the first begins a list whose last
    /// member the parse hung on the verb (<see cref="SentenceTree.Conjuncts"/> joins them), else a subject of another
    /// clause was hung here ("Evil Mordor, ... and Gondor welcomed ..., the agency said" with "Mordor" on "said") and the one nearest the
    /// verb is it, or the one before it when that names no actor and the two are one split phrase ("Old foe Gondor
    /// and Osgiliath have renewed ties" with "foe" and "Gondor" both subjects).
    /// </summary>
    private int OwnSubject(int verb)
    {
        var subjects = _tree.Children(verb).Where(c => _tree.Relation(c) is "nsubj" or "nsubj:outer").ToList();
        if (subjects.Count < 2 || _tree.Conjuncts(subjects[0]).Contains(subjects[^1]))
        {
            return subjects.Count == 0 ? -1 : subjects[0];
        }

        var nearest = subjects.Where(s => s < verb).DefaultIfEmpty(subjects[^1]).Last();
        var before = subjects.LastOrDefault(s => s < nearest && _tree.Subtree(nearest).Min() == s + 1, -1);
        return before >= 0 && !_holdsActor(nearest) && _holdsActor(before) ? before : nearest;
    }

    /// <summary>
    /// "Arnor on Thursday signed a protocol", "Mordor, Rohan and Bree welcomed the talks": a finite verb with no
    /// subject hung on a name or noun before it (as a clause modifying it, or beside it) is that noun's predicate,
    /// which the parser missed; a clause that really modifies a noun has a participle or a subject of its own.
    /// </summary>
    private bool IsSubjectMisreadAsHead(int verb, int head, string relation) =>
        head < verb
        && relation is "acl" or "advcl" or "advcl:relcl" or "parataxis"
        && _tree[head].Upos is "PROPN" or "NOUN"
        && _tree.Relation(head) == "root"
        && IsFinite(verb);

    private bool IsFinite(int verb) =>
        _tree[verb].Xpos is "VBD" or "VBZ" or "VBP" || _tree.Children(verb).Any(c => _tree.Relation(c) == "aux");

    /// <summary>The subject of a complement: the object of "urge X to", else the subject of "agree to".</summary>
    private int ControllerOf(int head, int depth)
    {
        var upos = _tree[head].Upos;
        if (upos is "NOUN" or "PROPN")
        {
            return NounSubject(head);
        }

        // "was seen to break", "is expected to sign": the passive subject of a raising verb is the complement's subject.
        // "expressed its readiness to hold talks", parsed with "to hold" on the verb: an intent noun is no controller.
        var obj = _tree.Children(head).FirstOrDefault(c => _tree.Relation(c) == "nsubj:pass" || (_tree.Relation(c) == "obj" && !_subjectControl), -1);
        return obj >= 0 && !ClauseModality.IsIntentGovernor(_tree.Lemma(obj)) ? obj : VerbSubject(head, depth + 1);
    }

    private int NounSubject(int noun)
    {
        var modifier = _tree.Children(noun).FirstOrDefault(c => _tree.Relation(c) is "nmod:poss" or "amod" or "compound" && _holdsActor(c), -1);
        if (modifier >= 0)
        {
            return modifier;
        }

        // "the missile strikes by the United States": the agent of an event noun is its subject.
        var agent = _tree.Children(noun).FirstOrDefault(c => _tree.BaseRelation(c) == "nmod" && _tree.CaseOf(c) == "by" && _holdsActor(c), -1);
        if (agent >= 0)
        {
            return agent;
        }

        // "the sanctions imposed by the European Union": the agent of the participle that names the noun's act.
        var imposedBy = _tree.Participles(noun).SelectMany(_tree.Children)
            .FirstOrDefault(c => _tree.IsPassiveAgent(c) && _holdsActor(c), -1);
        if (imposedBy >= 0)
        {
            return imposedBy;
        }

        var head = _tree.Head(noun);
        return head >= 0 && _tree.Relation(noun) is "obj" or "xcomp" && _tree[head].Upos is "VERB" or "AUX" ? VerbSubject(head, 1) : -1;
    }

    /// <summary>
    /// The subject of the predicate noun itself: "Japarov is on a visit to China", "the Emir, who is in Russia on an
    /// official visit": the noun, or the place it is said of, is the predicate of a clause with "be", whose subject is
    /// the noun's. A noun met on the way up from another predicate is no event ("are the guarantors of the ceasefire").
    /// </summary>
    private int EventNounSubject(int noun)
    {
        var own = NounSubject(noun);
        if (own >= 0)
        {
            return own;
        }

        return _tree.IsCopularPredicate(noun) ? VerbSubject(noun, 1)
            : _tree.OccasionPlace(noun) is >= 0 and var place ? VerbSubject(place, 1)
            : -1;
    }

    private int VerbObject(int verb)
    {
        var relations = IsPassive ? new[] { "nsubj:pass", "obj", "iobj" } : ["obj", "iobj"];
        foreach (var relation in relations)
        {
            var found = _tree.Children(verb).FirstOrDefault(c => _tree.Relation(c) == relation && !IsMisplacedObject(verb, c), -1);
            if (found >= 0)
            {
                return AntecedentOf(found, verb);
            }
        }

        if (SharesPassive(verb))
        {
            var shared = _tree.Children(_tree.Head(verb)).FirstOrDefault(c => _tree.Relation(c) is "nsubj:pass" or "nsubj", -1);
            return shared >= 0 ? AntecedentOf(shared, verb) : -1;
        }

        return _tree.IsReducedRelative(verb) ? _tree.Head(verb) : StrandedObject(verb);
    }

    /// <summary>
    /// "condemned an attack and promised aid to the villages", with "aid" hung on "condemned": a noun with no
    /// preposition right after a verb with no object, hung across that verb on an earlier word, is the verb's object,
    /// since an English object follows its verb.
    /// </summary>
    private int StrandedObject(int verb)
    {
        var next = verb + 1;
        while (next < _tree.Count && _tree[next].Upos is "DET" or "ADJ" or "NUM" && _tree.Head(next) > next)
        {
            next++;
        }

        return next < _tree.Count && _tree[next].Upos == "NOUN" && _tree.Head(next) is var head and >= 0 && head < verb
            && _tree.BaseRelation(next) is "obj" or "obl" && _tree.CaseOf(next) is null && !_tree.IsCopularPredicate(next)
            ? next : -1;
    }

    /// <summary>The noun a relative pronoun stands for ("a statement that was adopted": "statement"), else the word itself.</summary>
    private int AntecedentOf(int word, int verb) =>
        _tree.Relation(verb) == "acl:relcl" && _tree.Head(verb) >= 0 && _tree[word].Features.Contains("PronType=Rel", StringComparison.Ordinal) ? _tree.Head(verb) : word;

    /// <summary>
    /// The subject of the clause that names the thing an agentless passive on a noun is about: "Putin and Japarov
    /// noted …, according to a joint statement that was adopted": the statement is named by "noted", whose subject
    /// made it. -1 when the predicate is no such passive. What "according to" cites is the source of the whole clause,
    /// so a parse that hangs it on a noun of the clause ("praised the progress of the negotiations, according to a
    /// joint statement", on "negotiations") still has it named by the clause's verb.
    /// </summary>
    public int NamingSubject()
    {
        if (!IsPassive || Subject >= 0 || Object < 0 || Object != _tree.Head(Word))
        {
            return -1;
        }

        // "according to" cites a whole clause, which the parse may hang the phrase deep inside: below nouns, and below
        // a verb that only modifies a noun ("noted the importance of developing facilities, according to ...").
        var clause = _tree.Head(Object);
        var cited = _tree.CaseOf(Object) == "according to";
        for (var depth = 0; cited && depth < 6 && clause >= 0 && (_tree[clause].Upos != "VERB" || _tree.Relation(clause) == "acl"); depth++)
        {
            clause = _tree.Head(clause);
        }

        return clause >= 0 && _tree[clause].Upos == "VERB" ? VerbSubject(clause, 1) : -1;
    }

    /// <summary>
    /// A noun the parse makes the object of a verb it stands before ("Bree Prime Minister Romendacil did not clash"):
    /// an English object follows its verb unless it is a fronted pronoun ("which he signed").
    /// </summary>
    private bool IsMisplacedObject(int verb, int word) =>
        _tree.Relation(word) is "obj" or "iobj" && word < verb && _tree[word].Upos is "NOUN" or "PROPN";

    /// <summary>
    /// Whether a verb whose subject is sought reads its "by" phrase as the agent: a passive subject or auxiliary, a
    /// participle on a noun, or a shared passive. Unlike <see cref="IsPassive"/> it does not read the tagger's voice;
    /// one test for both (measured on 2026-11-27) lost 5 PETRARCH-2 events (278 to 273) and broke 4 event tests.
    /// </summary>
    private bool IsPassiveVerb(int verb) =>
        _tree.Children(verb).Any(c => _tree.Relation(c) is "nsubj:pass" or "aux:pass") || _tree.IsReducedRelative(verb) || SharesPassive(verb);

    /// <summary>
    /// A past participle coordinated with no subject or auxiliary of its own shares the "be" of the first conjunct:
    /// "X was arrested and charged", "X was heavily and unjustly criticized" (the parse often heads that on the adverb).
    /// </summary>
    private bool SharesPassive(int verb) =>
        _tree[verb].Xpos == "VBN" && _tree.Relation(verb) == "conj" && _tree.Head(verb) is var head and >= 0
        && !_tree.Children(verb).Any(c => _tree.Relation(c) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "cop")
        && _tree.Children(head).Any(c => _tree.Relation(c) is "aux:pass" || (_tree.Relation(c) == "cop" && _tree.Lemma(c) == "be"));

    private List<(int, string)> FindPhrases(int word, bool isNoun)
    {
        var owners = new List<int> { word };
        if (Object >= 0)
        {
            owners.Add(Object);

            // "sent a message of congratulations to Xi": the recipient hangs on the object's "of" complement.
            owners.AddRange(_tree.OfComplements(Object));
        }

        if (isNoun)
        {
            // "the withdrawal of the troops from Syria": the place left often hangs on the noun's "of" complement;
            // "the sanctions imposed by the EU against Russia": the target hangs on the participle.
            owners.AddRange(_tree.OfComplements(word));
            owners.AddRange(_tree.Participles(word));
        }

        var head = _tree.Head(word);
        if (isNoun && head >= 0 && _tree.Relation(word) == "obj")
        {
            owners.Add(head);
        }

        var phrases = new List<(int, string)>();

        // "who is in Russia on an official visit": the place the clause puts the subject in is the visit's.
        if (isNoun && _tree.OccasionPlace(word) is >= 0 and var place)
        {
            phrases.Add((place, _tree.CaseOf(place)!));
        }

        foreach (var owner in owners)
        {
            foreach (var child in _tree.Children(owner))
            {
                if (_tree.BaseRelation(child) is "obl" or "nmod" && _tree.Relation(child) != "nmod:poss" && _tree.CaseOf(child) is { } preposition)
                {
                    phrases.Add((child, preposition));
                }
            }

            // "hosts talks between A and B .": the parse may hang a closing phrase on the full stop, its preposition
            // too; it is the owner's.
            foreach (var stop in _tree.Children(owner, "punct").Where(p => p == _tree.Count - 1))
            {
                var stranded = _tree.CaseOf(stop);
                foreach (var child in _tree.Children(stop).Where(c => _tree[c].Upos is "NOUN" or "PROPN"))
                {
                    if ((_tree.CaseOf(child) ?? stranded) is { } preposition)
                    {
                        phrases.Add((child, preposition));
                    }
                }
            }
        }

        // "the strikes by Russia on Ukraine", "imposed by the EU against Russia", with the last phrase hung on the name
        // before it: a name takes no phrase of its own but its "of" complement, so the phrase is the predicate's.
        phrases.AddRange(phrases.Where(p => _tree[p.Item1].Upos == "PROPN").SelectMany(p => _tree.Children(p.Item1))
            .Where(c => _tree.BaseRelation(c) == "nmod" && _tree.Relation(c) != "nmod:poss" && _tree.CaseOf(c) is { } preposition && preposition != "of")
            .Select(c => (c, _tree.CaseOf(c)!)).ToList());
        phrases.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return phrases;
    }
}
