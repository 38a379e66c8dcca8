using Dyad.Events.Patterns;
using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Tests.Patterns;

public sealed class DyadPatternCompilerTests
{
    private const string Header = "# format: events 2\n# sources: test\n";

    [Fact]
    public void Compile_LightVerb_ObjectTermTargetPhraseAndJointCodes()
    {
        var pattern = Compile("verb hold -> 046 | object: talk, negotiations | target: with | joint: yes");

        var term = Assert.IsType<WordTerm>(Assert.Single(pattern.Terms));
        Assert.Equal(TermRegion.ObjectHead, term.Region);
        Assert.Equal("talk, negotiations", term.Words.ToString());
        Assert.Equal(RoleSlot.Subject, Assert.Single(pattern.SourceSlots));
        Assert.Equal("with", Assert.Single(pattern.TargetSlots).Preposition!.ToString());
        Assert.Equal(("046", "046", true), (pattern.Forward, pattern.Reverse, pattern.Joint));
        Assert.Equal("events.txt:3 verb hold -> 046", pattern.Origin);
    }

    [Fact]
    public void Compile_VerbWithoutTarget_TakesTheDirectObjectAndReverseCode()
    {
        var pattern = Compile("verb receive -> 043 | reverse: 042");

        Assert.Empty(pattern.Terms);
        Assert.Equal(RoleSlot.DirectObject, Assert.Single(pattern.TargetSlots));
        Assert.Equal(("043", "042", false), (pattern.Forward, pattern.Reverse, pattern.Joint));
    }

    [Fact]
    public void Compile_PhrasalVerb_KeepsTheParticleAndCountsIt()
    {
        var plain = Compile("verb carry -> 190");
        var phrasal = Compile("verb carry out -> 190 | object: strike");

        Assert.Equal("out", phrasal.Particle);
        Assert.True(phrasal.Specificity > plain.Specificity);
    }

    [Theory]
    [InlineData("verb confirm -> 030 | object: readiness", true)]
    [InlineData("verb meet -> 040 | joint: yes", true)]
    [InlineData("verb condemn -> 111", false)]
    public void Compile_IntentOrJointCode_PairsTheMembersOfACompoundSubject(string line, bool pairs)
    {
        Assert.Equal(pairs, Compile(line).PairsCompoundSubject);
    }

    private static PredicatePattern Compile(string line) =>
        DyadPatternCompiler.Compile(Assert.Single(EventPatternReader.Parse(Header + line + "\n", "events.txt").Value));
}
