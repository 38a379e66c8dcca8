using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Events.Patterns;
using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Events.Coding;

/// <summary>
/// Codes the events of a parsed story with actor mentions: for every verb, then every event noun not already
/// used by a verb's pattern, the most specific matching pattern gives the code; the parse gives the source and
/// target (never a place or time phrase); the clause gives negation and modality (an announced or agreed action
/// takes CAMEO's intent code from <paramref name="codes"/>, and the date it was announced; a joint action with no subject among several
/// parties, "a meeting between the two presidents", is coded between them); the date is the one the predicate's own clause
/// states, else the story's, and the place likewise, else the dateline's. Joint actions are coded both ways; a joint action with a coordinated subject and
/// no target is coded between the members. A source and target with the same code are not an event. Sentences
/// that the discard phrases of <paramref name="conventions"/> rule out are not coded.
/// </summary>
public sealed class EventCoder(PatternLexicon lexicon, CameoEventTable codes, CodingConventions? conventions = null)
{
    /// <summary>Clauses of their own inside a predicate's subtree, whose phrases are not the predicate's.</summary>
    private static readonly HashSet<string> LaterClauses = new(StringComparer.Ordinal)
    {
        "ccomp", "xcomp", "advcl", "parataxis", "conj", "acl:relcl", "csubj", "punct",
    };

    /// <summary>A consultation by telephone: the talk of a call item is the call.</summary>
    private const string CallCode = "041";

    /// <summary>Those taking part in a body or its meeting stand for it: "greetings to participants in the SCO summit".</summary>
    private static readonly HashSet<string> Participants = new(StringComparer.Ordinal) { "participant", "delegate", "attendee" };

    private readonly CodingConventions _conventions = conventions ?? CodingConventions.Dyad;

    public ImmutableArray<CodedEvent> Code(Story story, ICollection<PredicateTrace>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.Syntax.Length != story.Tokens.Length)
        {
            return [];
        }

        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        var trees = Enumerable.Range(0, story.Sentences.Length).Select(s => new SentenceTree(story, s)).ToList();
        var storyDiscard = trees.Select(t => DiscardIn(t, storyLevelOnly: true)).FirstOrDefault(d => d is not null);
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var tree = trees[s];
            if ((storyDiscard ?? DiscardIn(tree, storyLevelOnly: false)) is { } discard)
            {
                var scope = storyDiscard is null ? "sentence" : "story";
                trace?.Add(new PredicateTrace(s, discard.Span, discard.Span.ToString(story.Text).ToLowerInvariant(), discard.Origin, "", "", $"the {scope} holds a discard phrase: nothing in it is coded"));
                continue;
            }

            var actors = new SentenceActors(story, tree);
            // A sentence with no actor may still report the story's conversation ("The discussion covered trade").
            if (actors.IsEmpty && trace is null && !(_conventions.ConversationTargets && ConversationParties.Of(events) is not null))
            {
                continue;
            }

            var used = new HashSet<int>();
            foreach (var kind in new[] { PredicateKind.Verb, PredicateKind.Noun })
            {
                for (var i = 0; i < tree.Count; i++)
                {
                    var upos = tree[i].Upos;
                    var isCandidate = kind == PredicateKind.Verb ? upos == "VERB" : upos == "NOUN" && !used.Contains(i);
                    if (isCandidate)
                    {
                        CodePredicate(story, tree, actors, kind, i, used, events, trace);
                    }
                }
            }
        }

        return events.DrainToImmutable();
    }

    private void CodePredicate(Story story, SentenceTree tree, SentenceActors actors, PredicateKind kind, int word, HashSet<int> used, ImmutableArray<CodedEvent>.Builder events, ICollection<PredicateTrace>? trace)
    {
        var patterns = PatternsOf(tree, word, kind);
        if (patterns.Count == 0)
        {
            return;
        }

        if (kind == PredicateKind.Verb && _conventions.GoverningVerbs && ClauseModality.IsIntentGovernor(tree.Lemma(word)) && HasCodeableComplement(tree, word, actsOnly: false))
        {
            trace?.Add(new PredicateTrace(tree.Index, tree.Span(word, word), tree.Lower(word), null, "", "", "its complement is coded instead, as an intent"));
            return;
        }

        if (kind == PredicateKind.Verb && _conventions.ComplementFirst && HasCodeableComplement(tree, word, actsOnly: true))
        {
            trace?.Add(new PredicateTrace(tree.Index, tree.Span(word, word), tree.Lower(word), null, "", "", "its complement is coded instead"));
            return;
        }

        if (kind == PredicateKind.Verb && ClauseRelay.IsRelayRequest(tree, word))
        {
            trace?.Add(new PredicateTrace(tree.Index, tree.Span(word, word), tree.Lower(word), null, "", "", "a request to pass a message on: the message is coded instead"));
            return;
        }

        if (ClauseBackground.IsBackground(tree, word))
        {
            trace?.Add(new PredicateTrace(tree.Index, tree.Span(word, word), tree.Lower(word), null, "", "", "background: what the thanks or condolences are for, or an earlier event told in the past perfect"));
            return;
        }

        if (kind == PredicateKind.Verb && IsPurposeOfConsultation(tree, word, patterns))
        {
            trace?.Add(new PredicateTrace(tree.Index, tree.Span(word, word), tree.Lower(word), null, "", "", "what a meeting is held to discuss: the meeting is the event"));
            return;
        }

        var roles = new PredicateRoles(tree, word, kind == PredicateKind.Noun, head => actors.Has(tree, head), _conventions.SubjectControl);
        var particle = tree.Particle(word);
        PredicatePattern? pattern = null;
        int[] phraseOfTerm = [];
        List<int> termWords = [];
        foreach (var candidate in patterns)
        {
            if (pattern is not null && candidate.Specificity < pattern.Specificity)
            {
                break;
            }

            // Among equally specific patterns the one that uses more words wins: "austrian gold florin" over "florin";
            // then the one whose target preposition the sentence has: "spoke at a meeting" (040) over "spoke to" (010).
            if ((candidate.Particle is null || candidate.Particle == particle)
                && TermMatcher.TryMatch(tree, roles, candidate, out var candidatePhrases, out var candidateWords)
                && (pattern is null
                    || candidateWords.Count > termWords.Count
                    || (candidateWords.Count == termWords.Count && !HasTargetPhrase(roles, pattern) && HasTargetPhrase(roles, candidate))))
            {
                (pattern, phraseOfTerm, termWords) = (candidate, candidatePhrases, candidateWords);
            }
        }

        var trigger = Trigger(tree, word, termWords);
        if (pattern is null)
        {
            trace?.Add(new PredicateTrace(tree.Index, trigger, tree.Lower(word), null, "", "", "no pattern of this word matches the sentence"));
            return;
        }

        if (pattern.IsNull)
        {
            used.UnionWith(termWords);
            trace?.Add(new PredicateTrace(tree.Index, trigger, tree.Lower(word), pattern.Origin, "", "", "the pattern blocks coding ([---])"));
            return;
        }

        var skipped = pattern.Terms.Select((t, i) => t is PhraseTerm { Skipped: true } ? phraseOfTerm[i] : -1).Where(h => h >= 0).ToHashSet();
        var sources = WithoutBareCountries(Fill(tree, actors, roles, pattern.SourceSlots, phraseOfTerm, skipped));
        if (!pattern.TargetSlots.Contains(RoleSlot.Subject))
        {
            skipped.Add(roles.Subject);
        }

        var targets = WithoutBareCountries(Fill(tree, actors, roles, pattern.TargetSlots, phraseOfTerm, skipped));
        // "hosts talks between A and B": the parties a "between" phrase names are all that a joint act has; the host is none.
        if ((sources.IsEmpty || (kind == PredicateKind.Noun && roles.Phrases.Any(p => p.Preposition == "between"))) && pattern.Joint && targets.Length >= 2)
        {
            (sources, targets) = (targets, []);
        }

        // A joint act done to a thing that a clause of several parties names ("noted …, according to a joint
        // statement that was adopted") is theirs: a joint document with no stated author is its signatories'.
        if (sources.IsEmpty && targets.IsEmpty && pattern.Joint && roles.NamingSubject() is >= 0 and var namer && actors.Of(tree, namer) is { Length: >= 2 } parties)
        {
            sources = parties;
        }

        if (sources.IsEmpty && !targets.IsEmpty && kind == PredicateKind.Verb && pattern.Forward is { } detention)
        {
            sources = DetainingCountry.Of(tree, actors, roles, detention);
        }

        // A message passed on is coded for what it is ("convey his greetings"); "convey his words" says only that it is one.
        var relayed = kind == PredicateKind.Verb && !pattern.Terms.IsEmpty ? ClauseRelay.RequestOf(tree, word) : -1;
        if (relayed >= 0 && new PredicateRoles(tree, relayed, false, head => actors.Has(tree, head)).Subject is >= 0 and var sender && actors.Of(tree, sender) is { IsEmpty: false } senders)
        {
            sources = senders;
        }

        if (targets.IsEmpty && !sources.IsEmpty && kind == PredicateKind.Verb && ClauseRelay.AddresseeOf(tree, word) is >= 0 and var addressee)
        {
            targets = actors.Of(tree, addressee);
        }

        var (modality, negated) = ClauseModality.Of(tree, word, _conventions);
        if (relayed >= 0 && modality == Modality.Hypothetical)
        {
            modality = Modality.Asserted;
        }

        var forward = pattern.Forward;
        var reverse = pattern.Reverse;
        if (negated && _conventions.Negation is { } ontology)
        {
            var (oppositeForward, oppositeReverse) = (Opposite(ontology, forward), Opposite(ontology, reverse));
            if (oppositeForward is not null || oppositeReverse is not null)
            {
                (forward, reverse, negated) = (oppositeForward, oppositeReverse, false);
            }
        }

        if (forward is "012" && ClauseEvaluation.IsDisapproving(tree, roles.Phrases.Select(p => p.Head).Append(roles.Object)))
        {
            forward = "111";
        }

        if (kind == PredicateKind.Noun && !negated && forward is not null && ClauseEvaluation.IsHostile(forward) && ClauseEvaluation.Of(tree, word) is { } verdict)
        {
            var speakers = actors.Of(tree, verdict.Speaker);
            var judged = ClauseEvaluation.JudgedParties(tree, verdict.Judged, h => PatternsOf(tree, h, PredicateKind.Noun).Count > 0).Select(p => actors.Of(tree, p)).FirstOrDefault(a => !a.IsEmpty, []);
            if (!speakers.IsEmpty && !judged.IsEmpty)
            {
                (sources, targets) = (speakers, judged);
                (forward, reverse, modality) = (ClauseEvaluation.CodeFor(forward), null, Modality.Asserted);
            }
        }

        if (kind == PredicateKind.Verb && modality == Modality.Hypothetical && ClauseInstruction.Of(tree, word) is { } order
            && OwnBodyOrder(tree, actors, order) is { IsEmpty: false } givers)
        {
            sources = givers;
            var ordering = ClauseModality.Of(tree, order.Verb, _conventions);
            (modality, negated) = (ordering.Modality, negated || ordering.Negated);
        }

        if (modality == Modality.Hypothetical && !negated && forward is not null && ClauseObligation.Of(tree, word) is { } obligation)
        {
            var speaker = new PredicateRoles(tree, obligation.Speaker, false, head => actors.Has(tree, head)).Subject;
            var speakers = speaker >= 0 ? actors.Of(tree, speaker) : [];
            if (!speakers.IsEmpty && !sources.IsEmpty)
            {
                (sources, targets) = (speakers, sources);
                (forward, reverse, modality) = (codes.AppealOf(forward, obligation.Must), null, Modality.Asserted);
            }
        }

        if (targets.IsEmpty && !sources.IsEmpty && kind == PredicateKind.Verb && forward is not null && !ConversationParties.NamesTarget(roles, pattern))
        {
            targets = SharedTarget(tree, word, events, sources, forward);
        }

        if (_conventions.ConversationTargets && targets.IsEmpty && !sources.IsEmpty && kind == PredicateKind.Verb && !pattern.Joint && forward is not null
            && (ConversationParties.NeedsRecipient(forward) || ConversationParties.IsPromised(tree, word)) && !ConversationParties.NamesTarget(roles, pattern) && !ObjectNamesTarget(tree, roles.Object))
        {
            targets = ConversationParties.OtherParty(events, sources);
        }

        if (_conventions.ConversationTargets && sources.IsEmpty && targets.IsEmpty && pattern.Joint && IsConsultation(pattern) && modality == Modality.Asserted && !negated
            && AgentlessConsultation.IsFormula(tree, word, kind, roles) && ConversationParties.Of(events) is { } conversation)
        {
            (sources, targets) = ([conversation.Parties[0]], [conversation.Parties[1]]);
            (forward, reverse) = conversation.Code == CallCode ? (CallCode, CallCode) : (forward, reverse);
        }

        if (modality == Modality.Intended)
        {
            forward = forward is null ? null : codes.IntentOf(forward);
            reverse = pattern.Joint && reverse is not null && !ClauseModality.IsOneSidedIntent(tree, word) ? codes.IntentOf(reverse) : null;
        }

        var (date, basis) = modality == Modality.Intended ? (story.EffectiveDate, DateBasis.Story) : EventDates.Of(story, tree, word);
        var made = new List<CodedEvent>();
        var template = new CodedEvent
        {
            Sentence = tree.Index,
            Sources = [],
            Targets = [],
            CameoCode = "",
            Trigger = trigger,
            Pattern = pattern.Origin,
            Negated = negated,
            Modality = modality,
            Contexts = pattern.Contexts,
            Date = date,
            DateBasis = basis,
            Place = modality == Modality.Intended ? EventPlaces.Dateline(story) : EventPlaces.Of(story, tree, word),
            Evidence = [trigger],
            Joint = pattern.Joint,
        };
        if (targets.IsEmpty && pattern.PairsCompoundSubject && sources.Length >= 2 && forward is not null && !IsOneBodyOf(tree, actors, roles, sources))
        {
            foreach (var member in sources)
            {
                Add(made, template, [member], sources.Remove(member), forward);
            }
        }
        else
        {
            if (forward is not null)
            {
                Add(made, template, sources, targets, forward);
            }

            if (reverse is not null)
            {
                Add(made, template, targets, sources, reverse);
            }
        }

        var outcome = made.Count > 0
            ? string.Join("; ", made.Select(e => $"{Codes(e.Sources)} -> {Codes(e.Targets)} {e.CameoCode}"))
                + (negated ? " (negated: not emitted)" : modality == Modality.Hypothetical ? " (hypothetical: not emitted)" : modality == Modality.Intended ? " (intended)" : "")
            : sources.IsEmpty ? "dropped: no source actor" : targets.IsEmpty ? "dropped: no target actor" : "dropped: source and target have the same code";
        trace?.Add(new PredicateTrace(tree.Index, trigger, tree.Lower(word), pattern.Origin, Codes(sources), Codes(targets), outcome));
        events.AddRange(made);

        // An event noun the verb's pattern named but could not code stays free to be coded by itself: in "Ashgabat
        // hosts talks between Putin and Berdimuhamedov" the host is a place, and the talks still have their parties.
        if (made.Count > 0)
        {
            used.UnionWith(termWords);
        }
    }

    /// <summary>
    /// "rendered humanitarian aid to X and provided financial aid": a verb joined to an earlier one of the same kind of
    /// act, by the same source, shares its target when it names none of its own; empty otherwise.
    /// </summary>
    private static ImmutableArray<Actor> SharedTarget(SentenceTree tree, int word, ImmutableArray<CodedEvent>.Builder events, ImmutableArray<Actor> sources, string code)
    {
        var head = tree.Head(word);
        if (tree.Relation(word) != "conj" || head < 0 || tree[head].Upos != "VERB")
        {
            return [];
        }

        var start = tree.Token(head).Start;
        var earlier = events.LastOrDefault(e => e.Sentence == tree.Index && e.Trigger.Start <= start && start < e.Trigger.End
            && e.CameoCode.Length >= 2 && code.StartsWith(e.CameoCode[..2], StringComparison.Ordinal)
            && e.Sources.Select(a => a.Code).SequenceEqual(sources.Select(a => a.Code)));
        return earlier?.Targets ?? [];
    }

    /// <summary>
    /// The ones who give an order to a body of their own ("instructed the Government to ..."): the body names no actor
    /// or only the givers' countries; empty when the order goes to another party.
    /// </summary>
    private static ImmutableArray<Actor> OwnBodyOrder(SentenceTree tree, SentenceActors actors, (int Verb, int Ordered) order)
    {
        var giver = new PredicateRoles(tree, order.Verb, false, head => actors.Has(tree, head)).Subject;
        var givers = giver >= 0 ? actors.Of(tree, giver) : [];
        var ordered = actors.Of(tree, order.Ordered);
        return ordered.All(o => givers.Any(g => g.Country is not null && g.Country == o.Country)) ? givers : [];
    }

    /// <summary>
    /// Whether the direct object is an event noun that names its own target: "expressed strong condemnation of the
    /// actions" is aimed at the actions, as "condemned the actions" would be.
    /// </summary>
    private bool ObjectNamesTarget(SentenceTree tree, int obj) =>
        obj >= 0 && PatternsOf(tree, obj, PredicateKind.Noun).Any(p => p.TargetSlots.Any(slot => slot.Kind == RoleSlotKind.Phrase
            && tree.Children(obj).Any(c => tree.BaseRelation(c) == "nmod" && tree.CaseOf(c) is { } preposition && slot.Preposition!.Accepts(preposition))));

    /// <summary>Whether one of the prepositions a pattern takes its target from introduces a phrase of the predicate.</summary>
    private static bool HasTargetPhrase(PredicateRoles roles, PredicatePattern pattern) =>
        pattern.TargetSlots.Any(slot => slot.Kind == RoleSlotKind.Phrase && roles.PhrasesOf(slot.Preposition!).Any());

    private (TextSpan Span, string Origin)? DiscardIn(SentenceTree tree, bool storyLevelOnly)
    {
        if (_conventions.Discards.IsEmpty || _conventions.Discards.Find([.. Enumerable.Range(0, tree.Count).Select(tree.Lower)], storyLevelOnly) is not { } found)
        {
            return null;
        }

        return (tree.Span(found.Start, found.Start + found.Length - 1), found.Origin);
    }

    /// <summary>
    /// Whether an "agreed to ..." verb's complement holds a predicate one of whose patterns matches, which is coded
    /// instead of it; "agreed to continue joint efforts", whose "continue" fits no pattern, is coded as the agreement.
    /// With <paramref name="actsOnly"/> a complement that is only appealed for ("urged X to respond") does not count,
    /// and a "to" infinitive with no subject is a complement whatever the parse calls it, as PETRARCH reads it inside
    /// the verb's phrase ("will be hosting X to celebrate Y").
    /// </summary>
    private bool HasCodeableComplement(SentenceTree tree, int word, bool actsOnly) =>
        tree.Children(word).Where(c => (tree.Relation(c) is "xcomp" or "ccomp" || (actsOnly && IsPurposeInfinitive(tree, c))) && !ClauseModality.HasSubjectOfItsOwn(tree, c)).Any(c => tree.Subtree(c, k => tree.Relation(k) is "advcl" or "parataxis" or "acl:relcl").Any(t =>
            ((tree[t].Upos == "VERB" && Matches(tree, t, PredicateKind.Verb))
            || (tree[t].Upos == "NOUN" && Matches(tree, t, PredicateKind.Noun)))
            && !(actsOnly && ClauseModality.Of(tree, t, _conventions).Modality == Modality.Hypothetical)));

    private bool Matches(SentenceTree tree, int word, PredicateKind kind)
    {
        var patterns = PatternsOf(tree, word, kind);
        if (patterns.Count == 0)
        {
            return false;
        }

        var roles = new PredicateRoles(tree, word, kind == PredicateKind.Noun, _ => false);
        var particle = tree.Particle(word);
        return patterns.Any(p => (p.Particle is null || p.Particle == particle) && TermMatcher.TryMatch(tree, roles, p, out _, out _));
    }

    private static bool IsPurposeInfinitive(SentenceTree tree, int clause) =>
        tree.Relation(clause) == "advcl" && tree[clause].Upos == "VERB" && tree.IsMarkedBy(clause, "to");

    /// <summary>
    /// "met with X to discuss Y", "had a meeting with X to discuss Y": a consultation that is the purpose of a meeting
    /// is that meeting, coded once (../shared/gold/GUIDELINES.md), not a consultation of its own whose partner could
    /// come from its topic ("to discuss the peace process with Azerbaijan").
    /// </summary>
    private bool IsPurposeOfConsultation(SentenceTree tree, int word, IReadOnlyList<PredicatePattern> patterns)
    {
        var head = tree.Head(word);
        if (head < 0 || tree.Relation(word) is not ("advcl" or "acl") || !tree.IsMarkedBy(word, "to") || !patterns.All(IsConsultation))
        {
            return false;
        }

        return tree[head].Upos == "NOUN"
            ? PatternsOf(tree, head, PredicateKind.Noun).Any(IsConsultation)
            : PatternsOf(tree, head, PredicateKind.Verb).Any(IsConsultation) || tree.Children(head, "obj").Any(o => PatternsOf(tree, o, PredicateKind.Noun).Any(IsConsultation));
    }

    private static bool IsConsultation(PredicatePattern pattern) => pattern.Forward is { } code && code.StartsWith("04", StringComparison.Ordinal);

    /// <summary>The patterns of a word, by its lemma and its form as written.</summary>
    private IReadOnlyList<PredicatePattern> PatternsOf(SentenceTree tree, int word, PredicateKind kind) =>
        lexicon.Find(kind, tree.Lemma(word), tree.Lower(word));

    /// <summary>
    /// The heads of the phrases after a predicate in its own clause, nested ones included, and the objects of the
    /// participles on its nouns ("boycotted the parade supporting X"), in text order. A phrase with a conjunction of
    /// its own is a clause, not the predicate's ("shot at them while in detention in X"). Punctuation heads nothing,
    /// so what the parse hangs on the predicate's closing punctuation is the predicate's ("fired shells at X ." with
    /// "at X" on the full stop).
    /// </summary>
    private static int[] PhrasesAfter(SentenceTree tree, int word) =>
        [.. tree.Subtree(word, c => (LaterClauses.Contains(tree.Relation(c)) && !IsHeadingPunctuation(tree, c, word)) || tree.Children(c, "mark").Any())
            .Where(w => w > word && ((tree.BaseRelation(w) is "nmod" or "obl" && tree.CaseOf(w) is not null)
                || (tree.Relation(w) == "obj" && tree.Relation(tree.Head(w)) == "acl")
                || (tree.Head(w) is var head and >= 0 && IsHeadingPunctuation(tree, head, word) && tree[w].Upos is "NOUN" or "PROPN")))];

    private static bool IsHeadingPunctuation(SentenceTree tree, int punctuation, int predicate) =>
        tree.Relation(punctuation) == "punct" && tree.Head(punctuation) == predicate && punctuation == tree.Count - 1 && tree.Children(punctuation).Count > 0;

    /// <summary>
    /// The phrases inside an infinitive the pattern names ("begun to question whether ... with X"): the infinitive is
    /// part of the predicate, as PETRARCH reads it inside the verb's phrase, so its clauses are too.
    /// </summary>
    private static IEnumerable<int> PhrasesInNamedInfinitives(SentenceTree tree, int word, int[] phraseOfTerm) =>
        phraseOfTerm.Where(h => h >= 0 && tree.Head(h) == word && tree.Relation(h) == "xcomp")
            .SelectMany(h => tree.Subtree(h).Where(w => w > h && tree.BaseRelation(w) is "nmod" or "obl" && tree.CaseOf(w) is not null));

    /// <summary>
    /// The subject of a complement clause that has no predicate with patterns of its own, then the phrases inside
    /// that subject: "allowed that Mordor is ...", "said that an embargo against X would not work".
    /// </summary>
    private int[] UncodedComplementSubjects(SentenceTree tree, int word) =>
        [.. tree.Children(word, "ccomp")
            .Where(c => !tree.Subtree(c, k => tree.Relation(k) is "acl:relcl" or "advcl" or "parataxis").Any(t => tree[t].Upos == "VERB" && PatternsOf(tree, t, PredicateKind.Verb).Count > 0))
            .SelectMany(c => tree.Children(c).Where(k => tree.Relation(k) is "nsubj" or "nsubj:pass"))
            .SelectMany(subject => tree.Subtree(subject).Where(w => w == subject || (tree.BaseRelation(w) == "nmod" && tree.CaseOf(w) is not null)))];

    /// <summary>
    /// The object of a "to" clause on the predicate or its object that codes nothing itself, then the phrases of that
    /// clause, as PETRARCH takes the first actor after the verb: "signed an accord on Thursday to supply X with wheat",
    /// "vowed to wage war on X". A gerund right after the object with no marker or subject is part of the object's
    /// phrase, which the parse split: "rescheduled his mushroom hunting trip in X".
    /// </summary>
    private int[] UncodedPurposeObjects(SentenceTree tree, PredicateRoles roles) =>
        [.. new[] { roles.Word, roles.Object }.Where(owner => owner >= 0)
            .SelectMany(owner => tree.Children(owner).Where(c => tree.Relation(c) is "advcl" or "xcomp" or "acl" && c > roles.Word))
            .Where(clause => tree[clause].Upos == "VERB" && (tree.IsMarkedBy(clause, "to") || IsGerundInObject(tree, clause, roles.Object))
                && PatternsOf(tree, clause, PredicateKind.Verb).Count == 0)
            .SelectMany(clause => tree.Children(clause, "obj").Concat(PhrasesAfter(tree, clause)))];

    private static bool IsGerundInObject(SentenceTree tree, int clause, int obj) =>
        obj >= 0 && clause == obj + 1 && tree[clause].Xpos == "VBG" && !tree.Children(clause).Any(c => tree.Relation(c) is "mark" or "nsubj" or "nsubj:pass");

    private static string? Opposite(PetrarchOntology ontology, string? code) => code is null ? null : ontology.OppositeOf(code);

    /// <summary>
    /// Adds the event unless nothing is left of it once no actor acts on itself. A member of a compound source that is
    /// also the target, or whose country is, goes ("Putin, Lukashenko and the CSTO Secretary General attended the CSTO
    /// meeting": the CSTO's own officer attends its meeting; "Putin and Erdogan took part in a meeting of the
    /// Turkish council": Erdogan is at home); a target that is also the whole source goes, and so does one whose
    /// country is a source ("Ashgabat hosts talks between Putin and Berdimuhamedov": Turkmenistan hosts Putin) and a
    /// source's own country ("Putin addressed the heads of Russian regions" is no act between two parties).
    /// </summary>
    private void Add(List<CodedEvent> made, CodedEvent template, ImmutableArray<Actor> sources, ImmutableArray<Actor> targets, string code)
    {
        var targetCodes = targets.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        bool IsTarget(Actor a) => targetCodes.Contains(a.Code) || (a.Country is not null && targetCodes.Contains(a.Country));
        if (sources.Length > 1 && sources.Any(a => !IsTarget(a)))
        {
            sources = sources.RemoveAll(IsTarget);
        }

        var sourceCodes = sources.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var sourceCountries = sources.Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool IsSourceCountry(Actor t) => t.Country is not null
            && (sourceCodes.Contains(t.Country) || (_conventions.DropsOwnCountryTargets && t.IsBareCountry && sourceCountries.Contains(t.Country)));
        var distinctTargets = targets.Where(t => !sourceCodes.Contains(t.Code) && !IsSourceCountry(t)).ToImmutableArray();
        if (sources.IsEmpty || distinctTargets.IsEmpty)
        {
            return;
        }

        made.Add(template with { Sources = sources, Targets = distinctTargets, CameoCode = code });
    }

    /// <summary>
    /// A country beside its own government or another of its sectors in one party ("President of Armenia Serzh
    /// Sargsyan" split by the parse into "Armenia" and "Sargsyan") is the same member named twice: the sector wins.
    /// </summary>
    private static ImmutableArray<Actor> WithoutBareCountries(ImmutableArray<Actor> actors) =>
        actors.RemoveAll(a => a.IsBareCountry && actors.Any(o => o.Country == a.Country && o.Code!.Length > a.Code!.Length));

    private ImmutableArray<Actor> Fill(SentenceTree tree, SentenceActors actors, PredicateRoles roles, ImmutableArray<RoleSlot> slots, int[] phraseOfTerm, HashSet<int> excluded)
    {
        foreach (var slot in slots)
        {
            var heads = slot.Kind switch
            {
                RoleSlotKind.Subject => [roles.Subject],
                RoleSlotKind.DirectObject => [roles.Object],
                RoleSlotKind.Term => [slot.Term < phraseOfTerm.Length ? phraseOfTerm[slot.Term] : -1],
                RoleSlotKind.Phrase => [.. roles.PhrasesOf(slot.Preposition!)],
                RoleSlotKind.AnyPhrase => roles.Phrases.Where(p => !PredicateRoles.IsCircumstance(tree, p.Head, p.Preposition)).Select(p => p.Head).ToArray(),
                RoleSlotKind.AfterPredicate => [.. PhrasesAfter(tree, roles.Word), .. PhrasesInNamedInfinitives(tree, roles.Word, phraseOfTerm)],
                RoleSlotKind.AgentlessPassive => roles.IsPassive && roles.Subject < 0 ? PhrasesAfter(tree, roles.Word) : [],
                RoleSlotKind.Complement => [.. UncodedComplementSubjects(tree, roles.Word), .. UncodedPurposeObjects(tree, roles)],
                _ => roles.Object < 0 ? [] : tree.Subtree(roles.Object, c => tree.Relation(c) is "acl:relcl" or "advcl" or "acl" or "parataxis")
                    .Where(w => w != roles.Object && tree.BaseRelation(w) is "nmod" or "obl" && tree.CaseOf(w) is { } p && !PredicateRoles.IsCircumstance(tree, w, p)).ToArray(),
            };
            var toSkip = slot.Skipped;
            foreach (var head in heads)
            {
                if (head >= 0 && !excluded.Contains(head))
                {
                    var found = actors.Of(tree, head);
                    if (found.IsEmpty && slot.Kind is RoleSlotKind.Phrase or RoleSlotKind.DirectObject or RoleSlotKind.Subject)
                    {
                        found = OfComplement(tree, actors, head);
                    }

                    if (!found.IsEmpty && toSkip-- == 0)
                    {
                        return found;
                    }
                }
            }
        }

        return [];
    }

    /// <summary>
    /// Whether <paramref name="sources"/> are what the subject's complement names while the subject names no actor
    /// itself: "the ministry of Arnor and Gondor" is one body, not parties acting on each other.
    /// </summary>
    private bool IsOneBodyOf(SentenceTree tree, SentenceActors actors, PredicateRoles roles, ImmutableArray<Actor> sources) =>
        roles.Subject >= 0 && !actors.Has(tree, roles.Subject) && OfComplement(tree, actors, roles.Subject).SequenceEqual(sources);

    /// <summary>
    /// A subject, phrase or object whose head names no actor stands for the party its "of", "between" or "by"
    /// complement names, and so do participants for what they take part "in": "the information ministry of Gondor
    /// said", "took part in a session of the CSTO", "support for the talks between the Government and the opposition",
    /// "condemned the strikes by the United States", "greetings to participants in the SCO summit". The "of" complement of an event noun is who it befalls, not a
    /// party to the act that names it: "protested against the detention of a British journalist" targets the jailer;
    /// that of a joint act is its parties: "spoke at a meeting of the BRICS leaders". What an act is aimed at ("at",
    /// "against", "on") "in" a country stands for it, through places that name no actor: "strikes against targets in
    /// Syria", "missiles at an air base in Homs Province in Syria", and so does a place named as the target ("will visit
    /// Goa in the Republic of India"); other things "in" a country are mostly not its
    /// ("withdrawal from the agreement in Syria", "took part in the operation in Syria").
    /// </summary>
    private ImmutableArray<Actor> OfComplement(SentenceTree tree, SentenceActors actors, int head, int depth = 0)
    {
        var patterns = tree[head].Upos == "NOUN" ? PatternsOf(tree, head, PredicateKind.Noun) : [];
        var isEvent = patterns.Count > 0;
        var isJoint = isEvent && patterns.All(p => p.Joint);
        foreach (var child in tree.Children(head))
        {
            if (tree.BaseRelation(child) == "nmod" && tree.CaseOf(child) is { } preposition
                && (preposition is "between" or "by" || (preposition == "of" && (!isEvent || isJoint)) || (preposition == "in" && Participants.Contains(tree.Lemma(head)))))
            {
                var found = actors.Of(tree, child);
                if (!found.IsEmpty)
                {
                    return found;
                }
            }
        }

        if (Participants.Contains(tree.Lemma(head)) && InPhraseHungAfter(tree, head) is >= 0 and var meeting)
        {
            var found = actors.Of(tree, meeting);
            var owners = found.IsEmpty ? [.. tree.Children(meeting, "nmod:poss").SelectMany(owner => actors.Of(tree, owner))] : found;
            if (!owners.IsEmpty)
            {
                return owners;
            }
        }

        // An event "in" a place happens there ("the attack in Turkey's capital"): only places and things aimed at stand for it.
        var aimedAt = depth > 0 || tree[head].Upos == "PROPN" || tree.CaseOf(head) is "at" or "against" or "on";
        var places = aimedAt && !isEvent ? tree.Children(head, "nmod").Where(c => tree.CaseOf(c) == "in").Append(InPhraseHungAfter(tree, head)).Where(c => c >= 0) : [];
        foreach (var child in places)
        {
            var found = actors.Of(tree, child);
            if (found.IsEmpty && depth < 2)
            {
                found = OfComplement(tree, actors, child, depth + 1);
            }

            if (!found.IsEmpty && found.All(a => a.Code == a.Country))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>
    /// The "in" phrase right after the phrase of <paramref name="word"/> that the parse hung on the word's verb instead
    /// of on the word ("greetings to participants in the Collective Security Treaty Organisation's summit", "launched
    /// missiles at an air base in Syria"), or -1: a phrase next to a noun is read as the noun's.
    /// </summary>
    private static int InPhraseHungAfter(SentenceTree tree, int word)
    {
        var verb = tree.Head(word);
        var end = tree.Subtree(word).Max();
        return verb < 0 ? -1 : tree.Children(verb).FirstOrDefault(c => c > end && tree.BaseRelation(c) == "obl" && tree.CaseOf(c) == "in" && tree.Subtree(c).Min() == end + 1, -1);
    }

    /// <summary>
    /// The predicate word, with the particle and the pattern's words when they follow closely ("signed an
    /// agreement"), and for an event noun the verb it is the object of when that comes just before ("held talks").
    /// </summary>
    private static TextSpan Trigger(SentenceTree tree, int word, List<int> termWords)
    {
        var first = word;
        var head = tree.Head(word);
        if (tree[word].Upos == "NOUN" && tree.Relation(word) == "obj" && head >= 0 && head < word && word - head <= 3)
        {
            first = head;
        }

        var last = word;
        foreach (var w in termWords.Order())
        {
            if (w > last && w - last <= 3)
            {
                last = w;
            }
        }

        foreach (var particle in tree.Children(word).Where(c => tree.Relation(c) == "compound:prt" && c > last && c - last <= 2))
        {
            last = particle;
        }

        return tree.Span(first, last);
    }

    private static string Codes(ImmutableArray<Actor> actors) => actors.IsEmpty ? "-" : string.Join('+', actors.Select(a => a.Code));
}
