using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// A family name used alone after the full name ("Sadyr Japarov ... Putin and Japarov") is that person, even when
/// the knowledge has two people of that name and so leaves the bare name uncoded: the story has said which one.
/// </summary>
internal static class RepeatedNames
{
    private const string PersonRole = nameof(CodeResolution.PersonRole);

    /// <summary>Each capitalised word outside every actor mention that ends an earlier person's mention, with that person.</summary>
    public static IEnumerable<(TextSpan Span, int Sentence, Actor Person)> Find(Story story)
    {
        var people = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var next = 0;
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                var token = story.Tokens[sentence.FirstToken + t];
                while (next < story.Actors.Length && story.Actors[next].End <= token.Start)
                {
                    var actor = story.Actors[next++];
                    if (actor.Resolution == PersonRole && actor.Code is not null)
                    {
                        people[LastWord(story.Text[actor.Start..actor.End])] = actor;
                    }
                }

                var inActor = story.Actors.Any(a => a.Start < token.End && token.Start < a.End);
                if (!inActor && story.Syntax[sentence.FirstToken + t].Upos == "PROPN" && people.TryGetValue(token.ToString(story.Text), out var person))
                {
                    yield return (new TextSpan(token.Start, token.End), s, person);
                }
            }
        }
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
