namespace Dyad.Knowledge.Evaluation;

/// <summary>What a news site says an item is about: its geography tags and the people and things it links inline.</summary>
public sealed record SiteAnnotations(IReadOnlyList<string> GeographyTags, IReadOnlyList<InlineMention> InlineMentions);

/// <summary>An inline link of a site item: the name as the site writes it ("Medvedev Dmitry"), a description, and the catalog path.</summary>
public sealed record InlineMention(string Name, string Description, string Catalog)
{
    /// <summary>
    /// The site files people under <c>/catalog/persons/</c>; that link, not the description (empty for most
    /// entries), is what tells a person from an organisation or a glossary term.
    /// </summary>
    public bool IsPerson => Catalog.StartsWith("/catalog/persons/", StringComparison.Ordinal);

    /// <summary>The site writes people family name first ("Medvedev Dmitry").</summary>
    public string FamilyName => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
