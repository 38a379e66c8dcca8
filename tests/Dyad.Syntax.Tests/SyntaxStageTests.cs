using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Testing;

namespace Dyad.Syntax.Tests;

public sealed class SyntaxStageTests
{
    private static readonly Lazy<SyntaxModel> Shipped = new(() => SyntaxModel.Load(Path.Combine(SharedData.RepositoryRoot, SyntaxModelFiles.RelativePath)));

    [Theory]
    [InlineData("Valdoria is about to restore ties with Kestria .")]
    [InlineData("Valdoria on Thursday signed a trade protocol .")]
    public void Process_ActorNamedBeforehand_TagsItsCapitalisedWordsAsAName(string sentence)
    {
        var story = Tokenised(sentence) with { Actors = [new Actor(0, 8, 0, "VAL", "VAL", null, "VALDORIA", "Country")] };

        var syntax = new SyntaxStage(Shipped.Value, _ => true).Process(story).Syntax;

        Assert.Contains(syntax[0].Upos, new[] { "PROPN", "ADJ" });
    }

    [Fact]
    public void Process_ActorTheCallerDoesNotCallAName_LeavesTheTaggerFree()
    {
        var story = Tokenised("Soldiers crossed the border .") with { Actors = [new Actor(0, 8, 0, "MIL", null, "MIL", "SOLDIER", "AgentOnly")] };

        var syntax = new SyntaxStage(Shipped.Value, _ => false).Process(story).Syntax;

        Assert.Equal([.. new SyntaxStage(Shipped.Value).Process(story).Syntax], syntax.ToArray());
    }

    private static Story Tokenised(string sentence)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var offset = 0;
        foreach (var word in sentence.Split(' '))
        {
            tokens.Add(new Token(offset, offset + word.Length));
            offset += word.Length + 1;
        }

        return new Story { Id = "s", Text = sentence, Tokens = tokens.ToImmutable(), Sentences = [new Sentence(0, sentence.Length, 0, tokens.Count)] };
    }
}
