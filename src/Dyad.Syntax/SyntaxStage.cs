using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Syntax;

/// <summary>
/// The pipeline stage that tags, lemmatizes and parses every sentence of a story with one shared model; each story
/// gets its own scratch workspace, so stories can be parsed on many threads at once.
/// </summary>
public sealed class SyntaxStage(SyntaxModel model) : IStoryStage
{
    public string Name => "syntax";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences, StoryLayers.Tokens];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Syntax];

    public Story Process(Story story)
    {
        var syntax = new TokenSyntax[story.Tokens.Length];
        var workspace = new SyntaxWorkspace();
        var words = new SyntaxWord[64];
        foreach (var sentence in story.Sentences)
        {
            if (words.Length < sentence.TokenCount)
            {
                words = new SyntaxWord[Math.Max(sentence.TokenCount, words.Length * 2)];
            }

            model.Analyze(story.Words(sentence), workspace, words);
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var word = words[i];
                syntax[sentence.FirstToken + i] = new TokenSyntax(word.Upos, word.Xpos, word.Lemma, word.Features, word.Head - 1, word.Relation);
            }
        }

        return story with { Syntax = ImmutableArray.Create(syntax) };
    }
}
