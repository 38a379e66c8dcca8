using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// An event's date: a day-precise date expression that belongs to the predicate's own clause ("met on Monday",
/// "signed on September 20, 2012"), else the story date. A date inside a subordinate or relative clause, or one
/// that covers a week, month or year, leaves the story date in place, and so does the signing day of an agreement named in
/// the sentence ("the Agreement ... of September 20, 2012"), which dates the agreement.
/// </summary>
internal static class EventDates
{
    public static (DateOnly? Date, DateBasis Basis) Of(Story story, SentenceTree tree, int word)
    {
        var anchors = ClauseAnchors.Of(tree, word);
        var sentence = story.Sentences[tree.Index];
        foreach (var mention in story.Dates)
        {
            if (mention.Span.Start >= sentence.Start && mention.Span.End <= sentence.End && mention.Precision == DatePrecision.Day
                && !story.Agreements.Any(a => a.Sentence == tree.Index && a.Date == mention.First)
                && ClauseAnchors.TokenAt(tree, mention.Span.Start) is var token and >= 0 && ClauseAnchors.Reach(tree, token, anchors))
            {
                return (mention.First, DateBasis.Text);
            }
        }

        return (story.EffectiveDate, DateBasis.Story);
    }
}
