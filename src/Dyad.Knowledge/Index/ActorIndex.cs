namespace Dyad.Knowledge.Index;

/// <summary>
/// The compiled actor index: a trie over folded tokens, built once (<see cref="Compile(Dyad.DyadKnowledge)"/>),
/// never changed afterwards, and safe to share between threads. <see cref="Match"/> finds actor mentions in a
/// sentence's tokens, longest phrase first, composing country + agent the way CAMEO does.
/// </summary>
public sealed partial class ActorIndex
{
    private readonly Node _root;
    private readonly IReadOnlySet<string> _countryCodes;
    private readonly IReadOnlySet<string> _givenNames;

    private ActorIndex(Node root, IReadOnlySet<string> countryCodes, IReadOnlySet<string> givenNames)
    {
        _root = root;
        _countryCodes = countryCodes;
        _givenNames = givenNames;
    }

    /// <summary>
    /// The actor mentions in <paramref name="tokens"/> for a story dated <paramref name="date"/>, left to right and
    /// not overlapping. <paramref name="lemmas"/>, when given, is parallel to the tokens and is tried as well.
    /// </summary>
    public IReadOnlyList<ActorMention> Match(IReadOnlyList<string> tokens, DateOnly date, IReadOnlyList<string>? lemmas = null)
    {
        if (lemmas is not null && lemmas.Count != tokens.Count)
        {
            throw new ArgumentException("lemmas must be parallel to tokens", nameof(lemmas));
        }

        var sentence = new Sentence(tokens, tokens.Select(TextFold.Fold).ToArray(), lemmas?.Select(TextFold.Fold).ToArray());
        var mentions = new List<ActorMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var found = Longest(sentence, i, _ => true);
            if (found is null)
            {
                i++;
                continue;
            }

            var (end, entry) = found.Value;
            var mention = entry.Kind switch
            {
                EntryKind.Country => AfterCountry(sentence, i, end, entry, date),
                EntryKind.Agent => AfterAgent(sentence, i, end, entry, date),
                _ => Named(i, end, entry, date),
            };
            mentions.Add(mention);
            i = mention.End;
        }

        return mentions;
    }

    private ActorMention AfterCountry(Sentence sentence, int start, int end, IndexEntry country, DateOnly date)
    {
        var agentFound = Longest(sentence, end, e => e.Kind == EntryKind.Agent);
        if (agentFound is null)
        {
            var code = country.CodeOn(date);
            return new ActorMention(start, end, code, code, null, country.Name, CodeResolution.Country, [country.Source]);
        }

        var (agentEnd, agent) = agentFound.Value;
        var countryCode = country.CodeOn(date);
        if (agent.IsCounterpart)
        {
            return new ActorMention(start, agentEnd, countryCode, countryCode, null, $"{country.Name} {agent.Name}", CodeResolution.Counterpart, [country.Source, agent.Source]);
        }

        var person = Longest(sentence, agentEnd, e => e.Kind == EntryKind.Person);
        if (person is not null)
        {
            var named = Named(agentEnd, person.Value.End, person.Value.Entry, date);
            return named with { Start = start, Sources = [country.Source, agent.Source, .. named.Sources] };
        }

        var sector = agent.CodeOn(date);
        var composed = Compose(countryCode, sector, agent.CodeFirst);
        var nameEnd = agentEnd;
        while (nameEnd < sentence.Tokens.Count && IsCapitalised(sentence.Tokens[nameEnd]) && Longest(sentence, nameEnd, _ => true) is null)
        {
            nameEnd++;
        }

        return nameEnd > agentEnd
            ? new ActorMention(start, nameEnd, composed, countryCode, sector, string.Join(' ', sentence.Tokens.Skip(agentEnd).Take(nameEnd - agentEnd)), CodeResolution.TitleFallback, [country.Source, agent.Source])
            : new ActorMention(start, agentEnd, composed, countryCode, sector, $"{country.Name} {agent.Name}", CodeResolution.CountryAgent, [country.Source, agent.Source]);
    }

    private ActorMention AfterAgent(Sentence sentence, int start, int end, IndexEntry agent, DateOnly date)
    {
        var person = Longest(sentence, end, e => e.Kind is EntryKind.Person or EntryKind.Named);
        if (person is not null && !agent.IsCounterpart)
        {
            var named = Named(end, person.Value.End, person.Value.Entry, date);
            return named with { Start = start, Sources = [agent.Source, .. named.Sources] };
        }

        var sector = agent.IsCounterpart ? null : agent.CodeOn(date);

        // An organisation's sector written first names its branch in the country that follows, with any title after
        // it: "MSF Arnor" → NGOARN, "an MSF Arnor diplomat" → NGOARNGOV.
        if (agent.CodeFirst && sector is not null && Longest(sentence, end, e => e.Kind == EntryKind.Country) is { } country
            && AfterCountry(sentence, end, country.End, country.Entry, date) is { Code: not null } branch)
        {
            return branch with { Start = start, Code = sector + branch.Code, Name = $"{agent.Name} {branch.Name}", Sources = [agent.Source, .. branch.Sources] };
        }

        return new ActorMention(start, end, sector, null, sector, agent.Name, agent.IsCounterpart ? CodeResolution.Counterpart : CodeResolution.AgentOnly, [agent.Source]) { SectorFirst = agent.CodeFirst };
    }

    private ActorMention Named(int start, int end, IndexEntry entry, DateOnly date)
    {
        var code = entry.CodeOn(date);
        var resolution = entry.Kind switch
        {
            EntryKind.Person => code is null ? CodeResolution.PersonWithoutRole : CodeResolution.PersonRole,
            EntryKind.Organisation => CodeResolution.Organisation,
            _ => CodeResolution.Dictionary,
        };
        var country = code is { Length: >= 3 } && _countryCodes.Contains(code[..3]) ? code[..3] : null;
        var sector = country is not null && code!.Length > 3 ? code[3..] : null;
        return new ActorMention(start, end, code, country, sector, entry.Name, resolution, [entry.Source]);
    }

    private static string? Compose(string? country, string? sector, bool sectorFirst) =>
        country is null ? sector : sector is null ? country : sectorFirst ? sector + country : country + sector;

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    /// <summary>The longest phrase starting at <paramref name="start"/> with an entry that <paramref name="accept"/>s, best entry first.</summary>
    private (int End, IndexEntry Entry)? Longest(Sentence sentence, int start, Func<IndexEntry, bool> accept)
    {
        (int End, IndexEntry Entry)? best = null;
        Walk(_root, start);
        return best;

        void Walk(Node node, int position)
        {
            if (position > start)
            {
                var entry = node.Entries.FirstOrDefault(e => accept(e) && ExactCaseHolds(e, sentence, start, position) && OwnGivenNameHolds(e, sentence, start));
                if (entry is not null && (best is null || position > best.Value.End))
                {
                    best = (position, entry);
                }
            }

            if (position >= sentence.Tokens.Count || node.Children is null)
            {
                return;
            }

            if (node.Children.TryGetValue(sentence.Folded[position], out var next))
            {
                Walk(next, position + 1);
            }

            if (sentence.Lemmas is { } lemmas && lemmas[position] != sentence.Folded[position] && node.Children.TryGetValue(lemmas[position], out var byLemma))
            {
                Walk(byLemma, position + 1);
            }
        }
    }

    /// <summary>
    /// Whether a family name alone is written as the knowledge writes it and stands alone: not the inside of a longer
    /// name ("Hamad" in "Tamim bin Hamad Al Thani"), which a capitalised word after it or a name particle before it shows.
    /// </summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "der", "la", "le", "abu" };

    private static bool ExactCaseHolds(IndexEntry entry, Sentence sentence, int start, int end) =>
        entry.ExactTokens is null
        || (entry.ExactTokens.Count == end - start && entry.ExactTokens.Select((t, k) => t == sentence.Tokens[start + k]).All(x => x)
            && (IsAcronym(entry.ExactTokens)
                || (!(end < sentence.Tokens.Count && sentence.Tokens[end].Length > 1 && char.IsUpper(sentence.Tokens[end][0]))
                    && !(start > 0 && NameParticles.Contains(sentence.Tokens[start - 1])))));

    /// <summary>
    /// Whether a family name alone is not preceded by someone else's given name: "Alexander Novak" is not Katalin
    /// Novák. A given name that starts as the person's own does not count against it ("Sergey" for "Sergei").
    /// </summary>
    private bool OwnGivenNameHolds(IndexEntry entry, Sentence sentence, int start) =>
        entry.GivenNameStarts is null
        || start == 0
        || !_givenNames.Contains(sentence.Folded[start - 1])
        || !IsCapitalised(sentence.Tokens[start - 1])
        || entry.GivenNameStarts.Any(g => sentence.Folded[start - 1].StartsWith(g, StringComparison.Ordinal));

    /// <summary>An acronym ("SCO", "U.S.") names its body before other capitalised words too: "the SCO Heads of State Council".</summary>
    private static bool IsAcronym(IReadOnlyList<string> tokens) =>
        tokens.Count == 1 && tokens[0].Count(char.IsLetter) >= 2 && tokens[0].All(c => char.IsUpper(c) || char.IsDigit(c) || c == '.');

    /// <summary>The words of the index in a stable order with their entries, for comparing two compiled indexes.</summary>
    public IEnumerable<string> Describe()
    {
        var lines = new List<string>();
        Visit(_root, "");
        return lines;

        void Visit(Node node, string path)
        {
            foreach (var entry in node.Entries)
            {
                lines.Add($"{path.TrimStart()} => {entry.SortKey}");
            }

            foreach (var (word, child) in (node.Children ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Visit(child, path + " " + word);
            }
        }
    }

    private sealed record Sentence(IReadOnlyList<string> Tokens, string[] Folded, string[]? Lemmas);

    private sealed class Node(Dictionary<string, Node>? children, IndexEntry[] entries)
    {
        public Dictionary<string, Node>? Children { get; } = children;

        public IndexEntry[] Entries { get; } = entries;
    }
}
