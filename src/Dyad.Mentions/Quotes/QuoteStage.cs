using Dyad.Core.Pipeline;
using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>
/// The pipeline stage that finds reported speech: direct quotes (<see cref="DirectQuotes"/>), "according to"
/// (<see cref="AccordingTo"/>), the wire's closing ", the ministry said." (<see cref="TrailingSaid"/>) and
/// paraphrase after a verb of saying (<see cref="IndirectSpeech"/>, when the story has syntax). A direct quote wins over an indirect reading of the same words, since the verb that introduces a
/// quotation also parses as taking it as a complement. The speaker's code is that of the first coded actor
/// mention in the speaker's words; a document speaker gets its authors (<see cref="DocumentAuthors"/>).
/// </summary>
public sealed class QuoteStage : IStoryStage
{
    public string Name => "quotes";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences, StoryLayers.Tokens, StoryLayers.Actors];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Quotes];

    public Story Process(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var direct = DirectQuotes.Find(story).ToList();
        var indirect = AccordingTo.Find(story)
            .Concat(TrailingSaid.Find(story))
            .Concat(IndirectSpeech.Find(story))
            .Where(q => !direct.Any(q.Overlaps))
            .DistinctBy(q => (q.Start, q.End))
            .ToList();
        var authors = new DocumentAuthors(story);
        var quotes = direct.Concat(indirect)
            .OrderBy(q => q.Start)
            .ThenBy(q => q.End)
            .Select(q => new Quote(q.HasSpeaker ? Speaker(story, q, authors) : null, q.Start, q.End, q.Sentence, q.Kind));
        return story with { Quotes = [.. quotes] };
    }

    private static QuoteSpeaker Speaker(Story story, QuoteCandidate quote, DocumentAuthors authors)
    {
        var start = story.Tokens[quote.SpeakerFirst].Start;
        var end = story.Tokens[quote.SpeakerEnd - 1].End;
        var code = StoryTokens.ActorsIn(story, start, end).FirstOrDefault(a => a.Code is not null)?.Code;
        return new QuoteSpeaker(start, end, code, authors.Of(quote.SpeakerFirst, quote.SpeakerEnd));
    }
}
