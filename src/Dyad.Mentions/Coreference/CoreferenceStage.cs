using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// The pipeline stage that adds a mention to <see cref="Story.Actors"/> for each pronoun and description linked to
/// an earlier actor (<see cref="CoreferenceResolver"/>), with that actor's code, so events in later sentences get
/// it. A plural description gets one mention per actor over the same span. The actor stage's mentions are kept as
/// they are; where one already covers the span with the same code, nothing is added. A family name repeated alone
/// takes the code of the person named in full before it (<see cref="RepeatedNames"/>), and a first-person pronoun
/// in a transcript that of the speaker whose turn it is in (<see cref="SpeakerTurns"/>).
/// </summary>
public sealed class CoreferenceStage : IStoryStage
{
    /// <summary>The start of <see cref="Actor.Resolution"/> for the mentions this stage adds.</summary>
    public const string Resolution = "coreference";

    public string Name => "coreference";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Syntax, StoryLayers.Actors];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Coreference];

    public Story Process(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var added = new List<Actor>();
        foreach (var link in CoreferenceResolver.Resolve(story))
        {
            var source = link.Source;
            if (story.Actors.Any(a => a.Start == link.Anaphor.Start && a.End == link.Anaphor.End && a.Code == source.Code)
                || added.Any(a => a.Start == link.Anaphor.Start && a.End == link.Anaphor.End && a.Code == source.Code && a.Name == source.Name))
            {
                continue;
            }

            added.Add(new Actor(link.Anaphor.Start, link.Anaphor.End, link.Sentence, source.Code, source.Country, source.Sector, source.Name, ResolvedFrom(story, source)));
        }

        foreach (var (span, sentence, antecedent) in RepeatedNames.Find(story).Concat(SpeakerTurns.Find(story)))
        {
            added.Add(antecedent with { Start = span.Start, End = span.End, Sentence = sentence, Resolution = ResolvedFrom(story, antecedent) });
        }

        return added.Count == 0 ? story : story with { Actors = [.. story.Actors.Concat(added).OrderBy(a => a.Start)] };
    }

    /// <summary>The resolution of a mention that stands for <paramref name="antecedent"/>: "coreference: Vladimir Putin [0,14)".</summary>
    private static string ResolvedFrom(Story story, Actor antecedent) =>
        $"{Resolution}: {story.Text[antecedent.Start..antecedent.End]} [{antecedent.Start},{antecedent.End})";
}
