using Dyad.Mentions.Coreference;

namespace Dyad.Mentions.Tests.Coreference;

public sealed class CoreferenceResolverTests
{
    [Fact]
    public void Resolve_ChainOfPronouns_LinksEachToTheActorMentionAtItsStart()
    {
        const string Text = "Vladimir Putin arrived in Bishkek. He met students. Then he left for Moscow.";

        var links = CoreferenceResolver.Resolve(Pipeline.Analyse(Text));

        Assert.Equal(["He", "he"], links.Select(l => l.Anaphor.ToString(Text)));
        Assert.All(links, l => Assert.Equal("Vladimir Putin", l.Antecedent.ToString(Text)));
        Assert.Equal([1, 2], links.Select(l => l.Sentence));
    }

    [Theory]
    [InlineData("Vladimir Putin met Sadyr Japarov. The two presidents signed a statement.", "The two presidents", AnaphorForm.Description)]
    [InlineData("Vladimir Putin met Sadyr Japarov. His guest spoke first.", "His", AnaphorForm.Pronoun)]
    public void Resolve_Anaphor_TellsItsForm(string text, string anaphor, AnaphorForm form)
    {
        var links = CoreferenceResolver.Resolve(Pipeline.Analyse(text));

        Assert.Contains(links, l => l.Anaphor.ToString(text) == anaphor && l.Form == form);
    }

    [Fact]
    public void Resolve_DescriptionNamingACountry_TakesAnActorOfThatCountry()
    {
        const string Text = "Vladimir Putin met Sadyr Japarov in Moscow. The Kyrgyz leader thanked the hosts.";

        var link = Assert.Single(CoreferenceResolver.Resolve(Pipeline.Analyse(Text)), l => l.Anaphor.ToString(Text) == "The Kyrgyz leader");

        Assert.Equal("KGZGOV", link.Source.Code);
    }

    [Fact]
    public void Resolve_TitleDescriptionAfterAGroupNoun_TakesThePeopleWithTheTitle()
    {
        const string Text = "Vladimir Putin had a telephone conversation with Sadyr Japarov. Russian troops left the base. The presidents discussed trade.";

        var links = CoreferenceResolver.Resolve(Pipeline.Analyse(Text)).Where(l => l.Anaphor.ToString(Text) == "The presidents");

        Assert.Equal(["KGZGOV", "RUSGOV"], links.Select(l => l.Source.Code).Order(StringComparer.Ordinal));
    }
}
