using Dyad.Knowledge.Diagnostics;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// Loads Dyad's knowledge files from a folder (each optional: countries.txt, organisations.txt, people.txt,
/// agents.txt, events.txt, places.txt, agreements.txt) and checks codes across files: role codes must be a known
/// country or organisation followed by known sectors; places and agreement parties must name known codes.
/// </summary>
public static class DyadKnowledgeLoader
{
    private static readonly string[] FileNames = ["countries.txt", "organisations.txt", "people.txt", "agents.txt", "events.txt", "places.txt", "agreements.txt"];

    public static DyadKnowledge Load(string directory)
    {
        var diagnostics = new List<KnowledgeDiagnostic>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            if (!FileNames.Contains(Path.GetFileName(file)))
            {
                diagnostics.Add(new KnowledgeDiagnostic(file, 0, DiagnosticSeverity.Warning, $"not a Dyad knowledge file name ({string.Join(", ", FileNames)}); skipped"));
            }
        }

        T Load<T>(string name, Func<string, ReadResult<T>> read, T empty)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                return empty;
            }

            var result = read(path);
            diagnostics.AddRange(result.Diagnostics);
            return result.Value;
        }

        var knowledge = new DyadKnowledge(
            Load<IReadOnlyList<Country>>("countries.txt", CountryReader.Read, []),
            Load<IReadOnlyList<Organisation>>("organisations.txt", OrganisationReader.Read, []),
            Load<IReadOnlyList<Person>>("people.txt", PersonReader.Read, []),
            Load<IReadOnlyList<Agent>>("agents.txt", AgentReader.Read, []),
            Load<IReadOnlyList<EventPattern>>("events.txt", EventPatternReader.Read, []),
            Load<IReadOnlyList<Place>>("places.txt", PlaceReader.Read, []),
            Load<IReadOnlyList<Agreement>>("agreements.txt", AgreementReader.Read, []),
            []);
        return knowledge with { Diagnostics = [.. diagnostics, .. CrossCheck(knowledge)] };
    }

    /// <summary>The problems that only show when files are read together.</summary>
    public static IEnumerable<KnowledgeDiagnostic> CrossCheck(DyadKnowledge knowledge)
    {
        var codes = knowledge.Countries.Select(c => c.Code).Concat(knowledge.Organisations.Select(o => o.Code)).ToHashSet(StringComparer.Ordinal);
        var countries = knowledge.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var person in knowledge.People)
        {
            foreach (var role in person.Roles.Where(r => !IsKnownActorCode(r.Code, codes)))
            {
                yield return Error(person.Source, $"unknown code '{role.Code}' for {person.Name}: it must be a country or organisation code followed by sector codes");
            }
        }

        foreach (var place in knowledge.Places.Where(p => !countries.Contains(p.Country)))
        {
            yield return Error(place.Source, $"unknown country code '{place.Country}' for place {place.Name}");
        }

        foreach (var agreement in knowledge.Agreements)
        {
            foreach (var party in agreement.Parties.Where(p => !IsKnownActorCode(p, codes)))
            {
                yield return Error(agreement.Source, $"unknown party code '{party}' in {agreement.Title}");
            }
        }
    }

    /// <summary>A known country or organisation code, then zero or more known three-letter sectors.</summary>
    public static bool IsKnownActorCode(string code, IReadOnlySet<string> actorCodes)
    {
        for (var split = code.Length; split >= 3; split--)
        {
            if (actorCodes.Contains(code[..split]) && (code.Length - split) % 3 == 0
                && Enumerable.Range(0, (code.Length - split) / 3).All(i => CameoSectors.IsKnown(code.Substring(split + (i * 3), 3))))
            {
                return true;
            }
        }

        return false;
    }

    private static KnowledgeDiagnostic Error(SourceLocation source, string message) =>
        new(source.File, source.Line, DiagnosticSeverity.Error, message);
}
