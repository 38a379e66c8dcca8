using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Knowledge.Index;

/// <summary>
/// The pipeline stage that finds actor mentions in each sentence with the compiled index, coded for the story date.
/// "His Kyrgyz counterpart" takes the sector of the last actor before it in the sentence (Putin's GOV: KGZGOV).
/// </summary>
public sealed class ActorStage(ActorIndex index) : IStoryStage
{
    public string Name => "actors";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences, StoryLayers.Tokens];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Actors];

    /// <summary>
    /// Whether a mention found here is a name whose capitalised words the tagger should take as proper nouns: all but
    /// a title or group noun with no country ("Soldiers" opening a sentence is a common noun) and an organisation,
    /// whose name is often made of common nouns ("Council of Heads of State") that the parser reads best as such.
    /// </summary>
    public static bool IsName(Actor actor) => actor.Resolution is not (nameof(CodeResolution.AgentOnly) or nameof(CodeResolution.Organisation));

    public Story Process(Story story)
    {
        if (story.EffectiveDate is not { } date)
        {
            return story;
        }

        var actors = ImmutableArray.CreateBuilder<Actor>();
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            string? lastSector = null;
            foreach (var mention in index.Match(story.Words(sentence), date))
            {
                var first = story.Tokens[sentence.FirstToken + mention.Start];
                var last = story.Tokens[sentence.FirstToken + mention.End - 1];
                var actor = new Actor(first.Start, last.End, s, mention.Code, mention.Country, mention.Sector, mention.Name, mention.Resolution.ToString()) { SectorFirst = mention.SectorFirst };
                if (mention.Resolution == CodeResolution.Counterpart && mention.Sector is null && lastSector is not null && mention.Country is { } country)
                {
                    actor = actor with { Code = country + lastSector, Sector = lastSector };
                }

                lastSector = actor.Sector ?? lastSector;
                actors.Add(actor);
            }
        }

        return story with { Actors = actors.DrainToImmutable() };
    }
}
