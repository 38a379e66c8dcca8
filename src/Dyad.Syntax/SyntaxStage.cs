using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Syntax;

/// <summary>
/// The pipeline stage that tags, lemmatizes and parses every sentence of a story with one shared model; each story
/// gets its own scratch workspace, so stories can be parsed on many threads at once. When actors were found
/// before it, the capitalised words of those that <paramref name="isName"/> accepts are tagged as names: a name the
/// tagger has never seen ("Gondor") would otherwise often be read as a common noun and derail the parse.
/// </summary>
public sealed class SyntaxStage(SyntaxModel model, Func<Actor, bool>? isName = null) : IStoryStage
{
    public string Name => "syntax";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences, StoryLayers.Tokens];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Syntax];

    public Story Process(Story story)
    {
        var syntax = new TokenSyntax[story.Tokens.Length];
        var workspace = new SyntaxWorkspace();
        var words = new SyntaxWord[64];
        var names = NameWords(story);
        foreach (var sentence in story.Sentences)
        {
            if (words.Length < sentence.TokenCount)
            {
                words = new SyntaxWord[Math.Max(sentence.TokenCount, words.Length * 2)];
            }

            var sentenceNames = names is null ? default : names.AsSpan(sentence.FirstToken, sentence.TokenCount);
            model.Analyze(story.Words(sentence), workspace, words, sentenceNames);
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var word = words[i];
                syntax[sentence.FirstToken + i] = new TokenSyntax(word.Upos, word.Xpos, word.Lemma, word.Features, word.Head - 1, word.Relation);
            }
        }

        return story with { Syntax = ImmutableArray.Create(syntax) };
    }

    /// <summary>For each token, whether it is a capitalised word of a name; null when no actor names any.</summary>
    private bool[]? NameWords(Story story)
    {
        if (isName is null || story.Actors.IsDefaultOrEmpty)
        {
            return null;
        }

        bool[]? names = null;
        var tokens = story.Tokens;
        var t = 0;
        foreach (var actor in story.Actors.Where(isName).OrderBy(a => a.Start))
        {
            while (t < tokens.Length && tokens[t].End <= actor.Start)
            {
                t++;
            }

            for (var k = t; k < tokens.Length && tokens[k].Start < actor.End; k++)
            {
                if (char.IsUpper(story.Text[tokens[k].Start]))
                {
                    names ??= new bool[tokens.Length];
                    names[k] = true;
                }
            }
        }

        return names;
    }
}
