using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Events.Coding;

/// <summary>
/// The coded actor mentions of one sentence placed on its words, and the actors a phrase stands for: one per
/// coordinated member, each the most specific mention (longest code) over the member's own words (its name, title, adjectives, appositions,
/// "of" complements), never a mention inside a relative clause or a place or time phrase hanging on it.
/// </summary>
internal sealed class SentenceActors
{
    private static readonly HashSet<string> CoreRelations = new(StringComparer.Ordinal)
    {
        "compound", "flat", "amod", "appos", "det", "nmod:desc", "nummod", "nmod:unmarked", "goeswith", "fixed",
    };

    /// <summary>How the actor stage marks a title or group noun with no country ("the presidents"): not an actor alone.</summary>
    private const string AgentOnly = nameof(CodeResolution.AgentOnly);

    private readonly List<(Actor Actor, int First, int Last)> _mentions = [];

    /// <summary>Titles and group nouns with no country ("the cabinet", "the President"), which compose with an "of" country.</summary>
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
            if (actor.Code is not null && actor.Resolution != AgentOnly)
            {
                _mentions.Add((actor, first, last));
            }
            else if (actor.Code is not null)
            {
                _agents.Add((actor, first, last));
            }
        }
    }

    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>The actors of the phrase headed by <paramref name="head"/>: one group per coordinated member, each code once.</summary>
    public ImmutableArray<Actor> Of(SentenceTree tree, int head)
    {
        var actors = new List<Actor>();
        foreach (var member in tree.Conjuncts(head))
        {
            foreach (var actor in OfMember(tree, member))
            {
                if (!actors.Any(a => a.Code == actor.Code))
                {
                    actors.Add(actor);
                }
            }
        }

        return [.. actors];
    }

    /// <summary>Whether a phrase headed by <paramref name="head"/> holds any coded actor.</summary>
    public bool Has(SentenceTree tree, int head) => !Of(tree, head).IsEmpty;

    private IEnumerable<Actor> OfMember(SentenceTree tree, int member)
    {
        var core = tree.Subtree(member, child => !IsCore(tree, child) && !IsOfComplementOfAName(tree, child)).ToHashSet();
        var candidates = _mentions.Where(m => Enumerable.Range(m.First, m.Last - m.First + 1).Any(core.Contains)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var chosen = candidates
            .OrderByDescending(m => m.Actor.Code!.Length)
            .ThenByDescending(m => m.First <= member && member <= m.Last)
            .ThenBy(m => Math.Abs(m.Last - member))
            .First();

        return candidates.Where(m => m.First == chosen.First && m.Last == chosen.Last).Select(m => Composed(m.Actor, member));
    }

    /// <summary>
    /// "The cabinet of the Russian Federation", "the Government of Syria": a bare country named by the "of" complement
    /// of a title or group noun takes the noun's sector, as "the Russian cabinet" does.
    /// </summary>
    private Actor Composed(Actor actor, int member)
    {
        if (actor.Country is null || actor.Code != actor.Country)
        {
            return actor;
        }

        var agent = _agents.FirstOrDefault(a => a.First <= member && member <= a.Last).Actor;
        return agent is null ? actor : actor with { Start = Math.Min(agent.Start, actor.Start), End = Math.Max(agent.End, actor.End), Code = actor.Country + agent.Code, Sector = agent.Code, Name = $"{actor.Name} {agent.Name}" };
    }

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
