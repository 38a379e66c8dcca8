using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Petrarch;

namespace Dyad.Knowledge.Index;

public sealed partial class ActorIndex
{
    /// <summary>Day and month names, which are family names too (Godwin Friday) but mean the date when alone.</summary>
    private static readonly HashSet<string> CalendarNames = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>
    /// Compiles Dyad's knowledge: country names and adjectives, organisation names and acronyms, people's names
    /// (and a family name alone when only one person has it), and agents. Places are left out: a place is never an
    /// actor (the event coder reads a capital that acts or owns as its government, from the places).
    /// The result does not depend on the order of the input.
    /// </summary>
    public static ActorIndex Compile(DyadKnowledge knowledge)
    {
        var builder = new Builder();
        foreach (var country in knowledge.Countries)
        {
            var codes = new[] { new DatedCode(country.Code, DateRange.Always) };
            foreach (var name in country.Names.Prepend(country.Name).Concat(country.Adjectives))
            {
                builder.Add(name, new IndexEntry(EntryKind.Country, country.Name, codes, ExactCase(name), false, false, country.Source));
            }
        }

        foreach (var organisation in knowledge.Organisations)
        {
            var codes = new[] { new DatedCode(organisation.Code, DateRange.Always) };
            foreach (var name in organisation.Names.Prepend(organisation.Name).Concat(organisation.Acronyms))
            {
                builder.Add(name, new IndexEntry(EntryKind.Organisation, organisation.Name, codes, ExactCase(name), false, false, organisation.Source));
            }
        }

        // A family name alone must be written as in the knowledge, capitalised, and at least three letters long, so
        // that the last part of "Moon Jae In" does not make every "in" a person.
        var familyNames = knowledge.People
            .SelectMany(p => p.Names.Prepend(p.Name).Select(n => (Family: n.Split(' ')[^1], p.Id)))
            .Where(x => x.Family.Length >= 3 && char.IsUpper(x.Family[0]) && !CalendarNames.Contains(x.Family))
            .Distinct()
            .GroupBy(x => TextFold.Fold(x.Family))
            .Where(g => g.Select(x => x.Id).Distinct().Count() == 1)
            .SelectMany(g => g)
            .ToLookup(x => x.Id, x => x.Family);
        foreach (var person in knowledge.People)
        {
            var codes = person.Roles.Select(r => new DatedCode(r.Code, r.Range)).ToArray();
            var entry = new IndexEntry(EntryKind.Person, person.Name, codes, null, false, false, person.Source);
            foreach (var name in person.Names.Prepend(person.Name))
            {
                builder.Add(name, entry);
            }

            var givenNameStarts = GivenNames(person).Select(g => g[..Math.Min(3, g.Length)]).Distinct().Order(StringComparer.Ordinal).ToArray();
            foreach (var family in familyNames[person.Id])
            {
                builder.Add(family, entry with { ExactTokens = [family], GivenNameStarts = givenNameStarts });
            }
        }

        var titles = knowledge.Agents.SelectMany(a => a.Variants.Prepend(a.Phrase)).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        var givenNames = knowledge.People.SelectMany(GivenNames).Where(g => !titles.Contains(g)).ToHashSet(StringComparer.Ordinal);

        foreach (var agent in knowledge.Agents)
        {
            var codes = agent.IsCounterpart ? [] : new[] { new DatedCode(agent.Code, DateRange.Always) };
            foreach (var phrase in agent.Variants.Prepend(agent.Phrase))
            {
                builder.Add(phrase, new IndexEntry(EntryKind.Agent, agent.Phrase, codes, null, false, agent.IsCounterpart, agent.Source));
            }
        }

        return builder.Build(knowledge.Countries.Select(c => c.Code), givenNames);
    }

    /// <summary>The first words of a person's names of two words or more, folded: "Alexander" of "Alexander Lukashenko".</summary>
    private static IEnumerable<string> GivenNames(Person person) =>
        person.Names.Prepend(person.Name)
            .Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length >= 2)
            .Select(words => TextFold.Fold(words[0]))
            .Where(first => first.Length >= 2 && !NameParticles.Contains(first));

    /// <summary>
    /// Compiles PETRARCH actor and agent dictionaries. An actor whose only code is an unrestricted three-letter
    /// code is a country (so "RUSSIAN TROOPS" composes); others keep their date restrictions, tried first in file
    /// order, then the default code.
    /// </summary>
    public static ActorIndex Compile(PetrarchKnowledge knowledge)
    {
        var builder = new Builder();
        var countryCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in knowledge.Actors)
        {
            var ordered = actor.Codes.Where(c => !c.Range.IsAlways).Concat(actor.Codes.Where(c => c.Range.IsAlways).Take(1)).ToArray();
            var isCountry = ordered.Length == 1 && ordered[0].Range.IsAlways && ordered[0].Code.Length == 3 && ordered[0].Code.All(char.IsAsciiLetterUpper);
            if (isCountry)
            {
                countryCodes.Add(ordered[0].Code);
            }

            var entry = new IndexEntry(isCountry ? EntryKind.Country : EntryKind.Named, string.Join(' ', actor.Phrases[0]), ordered, null, false, false, actor.Source);
            foreach (var phrase in actor.Phrases)
            {
                builder.Add(phrase, entry);
            }
        }

        foreach (var agent in knowledge.Agents)
        {
            var entry = new IndexEntry(EntryKind.Agent, string.Join(' ', agent.Phrases[0]), [new DatedCode(agent.Code, DateRange.Always)], null, agent.Placement == AgentCodePlacement.BeforeActor, false, agent.Source);
            foreach (var phrase in agent.Phrases)
            {
                builder.Add(phrase, entry);
            }
        }

        return builder.Build(countryCodes, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Acronyms written in capitals ("US", "U.N.") match only in capitals; anything else matches in any case.</summary>
    private static string[]? ExactCase(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return IsAcronym(tokens) ? tokens : null;
    }

    /// <summary>
    /// The words of a name as the tokenizer splits text: a possessive is a word of its own ("People's" is "People"
    /// "'s", "Workers'" is "Workers" "'"), so "People's Republic of China" matches and "Republic of China" inside it
    /// does not.
    /// </summary>
    private static string[] Words(string phrase) =>
    [
        .. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(word =>
            word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? [word[..^2], word[^2..]]
            : word.Length > 1 && (word.EndsWith('\'') || word.EndsWith('’')) ? [word[..^1], word[^1..]]
            : new[] { word }),
    ];

    private sealed class Builder
    {
        private readonly BuilderNode _root = new();

        public void Add(string phrase, IndexEntry entry) => Add(Words(phrase), entry);

        /// <summary>
        /// Adds a phrase as written and, when a word has a hyphen inside, also as the tokenizer mostly splits it
        /// ("AL-QAEDA" is "Al" "-" "Qaeda" in the text), since a hyphen after a prefix ("co-founder") stays inside.
        /// </summary>
        public void Add(IReadOnlyList<string> words, IndexEntry entry)
        {
            AddPath(words, entry);
            if (words.Any(HasInnerHyphen))
            {
                AddPath([.. words.SelectMany(w => HasInnerHyphen(w) ? SplitAtHyphens(w) : [w])], entry);
            }
        }

        private static bool HasInnerHyphen(string word) => word.Length > 2 && word.IndexOf('-', 1, word.Length - 2) >= 0;

        private static IEnumerable<string> SplitAtHyphens(string word)
        {
            var parts = word.Split('-');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    yield return "-";
                }

                if (parts[i].Length > 0)
                {
                    yield return parts[i];
                }
            }
        }

        private void AddPath(IReadOnlyList<string> words, IndexEntry entry)
        {
            if (words.Count == 0)
            {
                return;
            }

            var node = _root;
            foreach (var word in words)
            {
                var key = TextFold.Fold(word);
                if (!node.Children.TryGetValue(key, out var next))
                {
                    next = new BuilderNode();
                    node.Children[key] = next;
                }

                node = next;
            }

            node.Entries.Add(entry);
        }

        public ActorIndex Build(IEnumerable<string> countryCodes, IReadOnlySet<string> givenNames) =>
            new(Freeze(_root), new HashSet<string>(countryCodes, StringComparer.Ordinal), givenNames);

        private static Node Freeze(BuilderNode node)
        {
            var entries = node.Entries
                .GroupBy(e => e.SortKey, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(e => e.Kind)
                .ThenBy(e => e.SortKey, StringComparer.Ordinal)
                .ToArray();
            var children = node.Children.Count == 0 ? null : node.Children.ToDictionary(p => p.Key, p => Freeze(p.Value), StringComparer.Ordinal);
            return new Node(children, entries);
        }
    }

    private sealed class BuilderNode
    {
        public Dictionary<string, BuilderNode> Children { get; } = new(StringComparer.Ordinal);

        public List<IndexEntry> Entries { get; } = [];
    }
}
