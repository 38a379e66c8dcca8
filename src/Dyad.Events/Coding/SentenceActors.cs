using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Events.Coding;

/// <summary>
/// The coded actor mentions of one sentence placed on its words, and the actors a phrase stands for: one per
/// coordinated member, each the most specific mention (longest code) over the member's own words (its name, title, adjectives, appositions,
/// "of" complements), never a mention inside a relative clause or a place or time phrase hanging on it. A title or
/// group noun with no country of its own takes the countries it belongs to, as CAMEO composes them: "soldiers from
/// Gondor" (GONMIL), "Eriador's opposition party" (ERIOPP), "the ambassadors of Arnor and Gondor" (ARNGOV, GONGOV),
/// and from a coordinated title that has them, "Danish media and government" (DNKMED, DNKGOV). A phrase with no
/// actor of its own stands for its named possessor ("Ukraine's new law" → UKR); a pronoun possessor ("their meeting")
/// is left out, since it mostly points back at the other party of the event. A capital that acts or owns stands for
/// its government (<see cref="CapitalGovernments"/>).
/// </summary>
internal sealed class SentenceActors
{
    private static readonly HashSet<string> CoreRelations = new(StringComparer.Ordinal)
    {
        "compound", "flat", "amod", "appos", "det", "nmod:desc", "nummod", "nmod:unmarked", "goeswith", "fixed",
    };

    /// <summary>How the actor stage marks a title or group noun with no country ("the presidents"): not an actor alone.</summary>
    private const string AgentOnly = nameof(CodeResolution.AgentOnly);

    private const string CountryAgent = nameof(CodeResolution.CountryAgent);

    private const string CapitalForGovernment = nameof(CodeResolution.CapitalForGovernment);

    private readonly List<(Actor Actor, int First, int Last)> _mentions = [];

    /// <summary>The coded titles and group nouns with no country ("soldiers" → MIL).</summary>
    private readonly List<(Actor Actor, int First, int Last)> _agents = [];

    /// <summary>The words inside any mention, agents with no country included ("the ambassadors of Arnor").</summary>
    private readonly HashSet<int> _mentioned = [];

    public SentenceActors(Story story, SentenceTree tree)
    {
        foreach (var actor in story.Actors)
        {
            if (actor.Sentence != tree.Index)
            {
                continue;
            }

            int first = -1, last = -1;
            for (var i = 0; i < tree.Count; i++)
            {
                var token = tree.Token(i);
                if (token.End > actor.Start && token.Start < actor.End)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first < 0)
            {
                continue;
            }

            _mentioned.UnionWith(Enumerable.Range(first, last - first + 1));
            if (actor.Code is not null)
            {
                (actor.Resolution == AgentOnly ? _agents : _mentions).Add((actor, first, last));
            }
        }

        _mentions.AddRange(CapitalGovernments.In(story, tree, _mentioned, word => AgentAt(word) is not null));
    }

    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>The actors of the phrase headed by <paramref name="head"/>: one group per coordinated member, each code once.</summary>
    public ImmutableArray<Actor> Of(SentenceTree tree, int head)
    {
        var actors = new List<Actor>();
        var members = tree.Conjuncts(head);
        for (var k = 0; k < members.Count; k++)
        {
            members.AddRange(TitlesCoordinatedInComplement(tree, members[k]).Where(t => !members.Contains(t)));
        }

        foreach (var member in members)
        {
            var found = (AgentOfCountries(tree, member, members) ?? OfMember(tree, member)).Concat(CoordinatedModifiers(tree, member).SelectMany(m => OfMember(tree, m)));
            foreach (var actor in found)
            {
                if (!actors.Any(a => a.Code == actor.Code))
                {
                    actors.Add(actor);
                }
            }
        }

        return [.. actors];
    }

    /// <summary>
    /// "President of Armenia Nikol Pashinyan and President of Kazakhstan Kassym-Jomart Tokayev", with the second title
    /// hung as a conjunct of "Armenia": a title is no country, so it is coordinated with the title before, a member.
    /// </summary>
    private IEnumerable<int> TitlesCoordinatedInComplement(SentenceTree tree, int member) =>
        AgentAt(member) is null ? [] : tree.OfComplements(member).SelectMany(c => tree.Children(c, "conj")).Where(c => AgentAt(c) is not null);

    /// <summary>
    /// "Eriadori and Calenardhon leaders" are the leaders of both: the members coordinated with a name that modifies a
    /// noun naming no actor itself are further members of the phrase.
    /// </summary>
    private IEnumerable<int> CoordinatedModifiers(SentenceTree tree, int member) =>
        AgentAt(member) is not null || _mentions.Any(m => m.First <= member && member <= m.Last)
            ? []
            : tree.Children(member).Where(c => tree.Relation(c) is "compound" or "amod" && tree[c].Upos == "PROPN").SelectMany(c => tree.Children(c, "conj"));

    /// <summary>Whether a phrase headed by <paramref name="head"/> holds any coded actor.</summary>
    public bool Has(SentenceTree tree, int head) => !Of(tree, head).IsEmpty;

    private IEnumerable<Actor> OfMember(SentenceTree tree, int member)
    {
        var core = tree.Subtree(member, child => !IsCore(tree, child) && !IsOfComplementOfAName(tree, child)).ToHashSet();
        var candidates = _mentions.Where(m => Enumerable.Range(m.First, m.Last - m.First + 1).Any(core.Contains)).ToList();
        if (candidates.Count == 0)
        {
            var titledNames = TitledNames(tree, member).ToList();
            if (titledNames.Count > 0)
            {
                return titledNames;
            }

            if (SplitName(tree, member, core) is { } name)
            {
                return name;
            }

            // "Gondor's Prime Minister Falastur": a title in the phrase makes its named possessor's country that sector,
            // wherever the parse hangs the possessor in the phrase.
            var title = _agents.FirstOrDefault(a => Enumerable.Range(a.First, a.Last - a.First + 1).Any(core.Contains)).Actor;
            var possessors = title is null ? tree.Children(member) : core.Order().SelectMany(tree.Children);
            return possessors.Where(c => tree.Relation(c) == "nmod:poss" && tree[c].Upos != "PRON").SelectMany(c => OfMember(tree, c))
                .Select(owner => title is not null && IsBareCountry(owner) ? Composed(title, owner.Country!) : owner)
                .ToList();
        }

        var chosen = candidates
            .OrderByDescending(m => m.Actor.Code!.Length)
            .ThenByDescending(m => m.First <= member && member <= m.Last)
            .ThenBy(m => Math.Abs(m.Last - member))
            .First();

        // "Prime Minister Telemar" with the title hung on the name, as UD has it: the same composition as TitledNames.
        var nameTitle = _agents.FirstOrDefault(a => a.Last + 1 == chosen.First && core.Contains(a.Last)).Actor;
        return candidates.Where(m => m.First == chosen.First && m.Last == chosen.Last)
            .Select(m => nameTitle is not null && IsBareCountry(m.Actor) ? Composed(nameTitle, m.Actor.Country!) : m.Actor);
    }

    /// <summary>
    /// "Dagolath's first Deputy Prime Minister Telemar", with the name hung on the title without a preposition: a
    /// person the dictionary knows only by country takes the sector of the title right before the name, as an agent
    /// adds its code to the actor it modifies.
    /// </summary>
    private IEnumerable<Actor> TitledNames(SentenceTree tree, int member) =>
        from name in tree.Children(member)
        where tree.BaseRelation(name) == "nmod" && tree.CaseOf(name) is null
        from mention in _mentions
        where mention.First <= name && name <= mention.Last && IsBareCountry(mention.Actor)
        from title in _agents
        where title.Last + 1 == mention.First
        select Composed(title.Actor, mention.Actor.Country!);

    /// <summary>
    /// "a meeting with President of Belarus Alexander Lukashenko", with "Alexander Lukashenko" hung beside the title
    /// on "meeting": a title naming nobody, right before a phrase of the same head that names a person, is that
    /// person's title, so the title's phrase stands for the person. Null when the member is no such title.
    /// </summary>
    private List<Actor>? SplitName(SentenceTree tree, int member, HashSet<int> core)
    {
        var head = tree.Head(member);
        if (AgentAt(member) is null || head < 0)
        {
            return null;
        }

        var end = tree.Subtree(member).Max();
        var next = tree.Children(head).FirstOrDefault(c => c > member && tree.Subtree(c).Min() == end + 1 && tree[c].Upos == "PROPN", -1);
        if (next < 0 || core.Contains(next))
        {
            return null;
        }

        var named = OfMember(tree, next).Where(a => !IsBareCountry(a)).ToList();
        return named.Count > 0 ? named : null;
    }

    /// <summary>
    /// The title or group noun heading <paramref name="member"/> composed with each country it belongs to: its own
    /// (a possessive or an "of", "from" or "in" phrase, every member of a list there), else those of a coordinated
    /// title. Null when the member is no such noun or no country is found.
    /// </summary>
    private IEnumerable<Actor>? AgentOfCountries(SentenceTree tree, int member, List<int> members)
    {
        var agent = AgentAt(member);
        if (agent is null)
        {
            return null;
        }

        var countries = CountriesOf(tree, member);
        foreach (var other in members)
        {
            if (countries.Count > 0)
            {
                break;
            }

            countries = AgentAt(other) is not null
                ? CountriesOf(tree, other)
                : [.. _mentions.Where(m => m.First <= other && other <= m.Last && m.Actor.Resolution == CountryAgent).Select(m => m.Actor.Country!)];
        }

        return countries.Count == 0 ? null : countries.Select(country => Composed(agent, country));
    }

    /// <summary>
    /// The codes of the countries a possessive or an "of" or "from" phrase on <paramref name="word"/> names alone or
    /// before its noun ("soldiers from the Gondor border"), else an "in" phrase: "the parliament of Gondor in Eriador"
    /// is Gondor's, met in Eriador. A word whose own modifier names an actor has that owner instead of a place it is
    /// in: "the EU Special Representative ... in Yerevan" is the EU's.
    /// </summary>
    private List<string> CountriesOf(SentenceTree tree, int word)
    {
        var owners = CountriesOf(tree, word, p => p is "of" or "from");
        if (owners.Count > 0 || tree.Children(word).Any(c => tree.Relation(c) is "compound" or "amod" && _mentions.Any(m => m.First <= c && c <= m.Last)))
        {
            return owners;
        }

        return CountriesOf(tree, word, p => p == "in");
    }

    private List<string> CountriesOf(SentenceTree tree, int word, Func<string, bool> preposition) =>
    [
        .. tree.Children(word)
            .Where(c => tree.Relation(c) == "nmod:poss" || (tree.BaseRelation(c) == "nmod" && tree.CaseOf(c) is { } p && preposition(p)))
            .SelectMany(tree.Conjuncts)
            .SelectMany(c => tree.Children(c, "compound").Prepend(c))
            .SelectMany(c => _mentions.Where(m => m.First <= c && c <= m.Last && IsPlainCountry(m.Actor)))
            .Select(m => m.Actor.Country!)
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>A country named alone, or a capital standing for it ("the authorities in Kiev").</summary>
    private static bool IsPlainCountry(Actor actor) => IsBareCountry(actor) || actor is { Country: not null, Resolution: CapitalForGovernment };

    /// <summary>The title or group noun with no country that covers <paramref name="word"/>, or null.</summary>
    private Actor? AgentAt(int word) => _agents.FirstOrDefault(a => a.First <= word && word <= a.Last).Actor;

    private static bool IsBareCountry(Actor actor) => actor is { IsBareCountry: true, Sector: null };

    private static Actor Composed(Actor agent, string country) =>
        agent with { Code = agent.SectorFirst ? agent.Sector + country : country + agent.Sector, Country = country, Resolution = CountryAgent };

    private static bool IsCore(SentenceTree tree, int child) =>
        CoreRelations.Contains(tree.Relation(child)) || tree.BaseRelation(child) == "flat";

    /// <summary>
    /// "President of Russia", "the ambassadors of Arnor": an "of" complement belongs to a title or name, never to an
    /// event noun ("the detention of a journalist" is not the journalist).
    /// </summary>
    private bool IsOfComplementOfAName(SentenceTree tree, int child)
    {
        var head = tree.Head(child);
        return tree.BaseRelation(child) == "nmod" && tree.CaseOf(child) == "of" && head >= 0 && (_mentioned.Contains(head) || tree[head].Upos == "PROPN");
    }
}
