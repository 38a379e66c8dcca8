using System.Collections.Frozen;

namespace Dyad.Mentions.Coreference;

/// <summary>The pronouns and description nouns the resolver knows, with what each can refer to.</summary>
internal static class ReferringWords
{
    /// <summary>Third-person pronouns: the kinds of referent each takes and whether it is plural.</summary>
    public static FrozenDictionary<string, (ReferentKinds Kinds, bool Plural)> Pronouns { get; } = new Dictionary<string, (ReferentKinds, bool)>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = (ReferentKinds.Person, false),
        ["him"] = (ReferentKinds.Person, false),
        ["his"] = (ReferentKinds.Person, false),
        ["himself"] = (ReferentKinds.Person, false),
        ["she"] = (ReferentKinds.Person, false),
        ["her"] = (ReferentKinds.Person, false),
        ["hers"] = (ReferentKinds.Person, false),
        ["herself"] = (ReferentKinds.Person, false),
        ["they"] = (ReferentKinds.Any | ReferentKinds.Thing, true),
        ["them"] = (ReferentKinds.Any | ReferentKinds.Thing, true),
        ["their"] = (ReferentKinds.Any | ReferentKinds.Thing, true),
        ["theirs"] = (ReferentKinds.Any | ReferentKinds.Thing, true),
        ["themselves"] = (ReferentKinds.Any | ReferentKinds.Thing, true),
        ["it"] = (ReferentKinds.Country | ReferentKinds.Organisation | ReferentKinds.Thing, false),
        ["its"] = (ReferentKinds.Country | ReferentKinds.Organisation | ReferentKinds.Thing, false),
        ["itself"] = (ReferentKinds.Country | ReferentKinds.Organisation | ReferentKinds.Thing, false),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and role nouns that describe one person ("the president") or, plural, several.</summary>
    public static FrozenSet<string> PersonNouns { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ambassador", "chairman", "chairwoman", "chancellor", "chief", "commander", "counterpart", "diplomat", "director", "emir",
        "envoy", "general", "governor", "head", "king", "leader", "mayor", "minister", "monarch", "official", "politician",
        "premier", "president", "prime", "queen", "secretary", "senator", "spokesman", "spokesperson", "spokeswoman");

    /// <summary>Other nouns for people: with the titles, what "he", "she" and "they" may mean when no actor is meant.</summary>
    public static FrozenSet<string> HumanNouns { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "actor", "artist", "author", "boy", "brother", "candidate", "child", "citizen", "coach", "daughter", "doctor", "employee",
        "father", "founder", "girl", "husband", "journalist", "kid", "lawyer", "man", "member", "mother", "officer", "parent",
        "people", "person", "player", "professor", "researcher", "resident", "scientist", "sister", "son", "student", "teacher",
        "victim", "wife", "woman", "worker", "writer");

    public static FrozenSet<string> MaleWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "boy", "brother", "father", "he", "him", "himself", "his", "husband", "king", "man", "mr", "mr.", "son", "spokesman");

    public static FrozenSet<string> FemaleWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "daughter", "girl", "her", "hers", "herself", "miss", "mother", "mrs", "mrs.", "ms", "ms.", "queen", "she", "sister", "spokeswoman", "wife", "woman");

    public static Gender GenderOf(string word) => MaleWords.Contains(word) ? Gender.Male : FemaleWords.Contains(word) ? Gender.Female : Gender.Unknown;

    public static FrozenSet<string> CountryNouns { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "country", "kingdom", "nation", "republic", "state");

    public static FrozenSet<string> OrganisationNouns { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "agency", "alliance", "army", "bloc", "body", "commission", "committee", "company", "council", "government", "group",
        "military", "ministry", "organisation", "organization", "union");

    /// <summary>Nouns that, plural, stand for the parties of an exchange whatever their kind ("both sides").</summary>
    public static FrozenSet<string> SideNouns { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "party", "side");

    /// <summary>The kinds a description with head lemma <paramref name="lemma"/> refers to, or None.</summary>
    public static ReferentKinds KindsOfNoun(string lemma, bool plural) =>
        PersonNouns.Contains(lemma) ? ReferentKinds.Person
        : CountryNouns.Contains(lemma) ? ReferentKinds.Country
        : OrganisationNouns.Contains(lemma) ? ReferentKinds.Organisation
        : plural && SideNouns.Contains(lemma) ? ReferentKinds.Any
        : ReferentKinds.None;
}
