namespace Dyad.Knowledge.Evaluation;

/// <summary>
/// The real-text figures of <c>dyad eval knowledge</c>: of the site's geography tags that name a country, how many
/// Dyad finds as a country mention in the item; of the site's linked people, how many Dyad finds with a person code.
/// </summary>
public sealed record KnowledgeScore(int Items, int Mentions, int Tags, int CountryTags, int CountryTagsFound, int People, int PeopleFound)
{
    public double TagRecall => CountryTags == 0 ? 0 : (double)CountryTagsFound / CountryTags;

    public double PersonRecall => People == 0 ? 0 : (double)PeopleFound / People;
}
