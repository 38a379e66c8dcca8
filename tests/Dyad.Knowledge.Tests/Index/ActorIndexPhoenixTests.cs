using Dyad.Knowledge.Index;
using Dyad.Knowledge.Petrarch;
using Dyad.Testing;

namespace Dyad.Knowledge.Tests.Index;

public sealed class ActorIndexPhoenixTests
{
    [SharedTheory("compat/phoenix/Phoenix.Countries.actors.txt")]
    [InlineData("Russian troops", "2014-01-01", "RUSMIL")]
    [InlineData("Vladimir Putin", "2013-06-01", "RUSGOV")]
    [InlineData("Russian Federation", "2013-06-01", "RUS")]
    public void Match_PhoenixDictionaries_CodesForTheDate(string text, string date, string code)
    {
        var index = ActorIndex.Compile(PetrarchKnowledgeLoader.Load(SharedData.PathOf("compat/phoenix")));

        var mention = Assert.Single(index.Match(text.Split(' '), DateOnly.Parse(date)));

        Assert.Equal(code, mention.Code);
        Assert.Equal(text.Split(' ').Length, mention.End);
    }
}
