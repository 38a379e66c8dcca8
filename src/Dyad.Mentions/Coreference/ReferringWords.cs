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
        ["they"] = (ReferentKinds.Any, true),
        ["them"] = (ReferentKinds.Any, true),
        ["their"] = (ReferentKinds.Any, true),
        ["theirs"] = (ReferentKinds.Any, true),
        ["themselves"] = (ReferentKinds.Any, true),
        ["it"] = (ReferentKinds.Country | ReferentKinds.Organisation, false),
        ["its"] = (ReferentKinds.Country | ReferentKinds.Organisation, false),
        ["itself"] = (ReferentKinds.Country | ReferentKinds.Organisation, false),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and role nouns that describe one person ("the president") or, plural, several.</summary>
    public static FrozenSet<string> PersonNouns { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ambassador", "chairman", "chairwoman", "chancellor", "chief", "commander", "counterpart", "diplomat", "director", "emir",
        "envoy", "general", "governor", "head", "king", "leader", "mayor", "minister", "monarch", "official", "politician",
        "premier", "president", "prime", "queen", "secretary", "senator", "spokesman", "spokesperson", "spokeswoman");

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
