using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Agreements;

/// <summary>
/// Reads an agreement's status off the words just before it in its sentence, nearest first: "developing",
/// "drafting", "work on", "to sign", "will sign" → planned; "negotiating", "talks on" → under negotiation; "signed",
/// "concluded" → signed; "as part of", "under", "compliance with", "strengthening", "ratified" → in force. Without a
/// cue the knowledge decides (in force or signed by the story date), else a date in the text before the story date
/// means signed.
/// </summary>
internal static class StatusCues
{
    /// <summary>How many tokens before the title are read for a cue.</summary>
    private const int Window = 6;

    private static readonly Dictionary<string, AgreementStatus> Cues = new(StringComparer.Ordinal)
    {
        ["develop"] = AgreementStatus.Planned,
        ["developing"] = AgreementStatus.Planned,
        ["draft"] = AgreementStatus.Planned,
        ["drafting"] = AgreementStatus.Planned,
        ["prepare"] = AgreementStatus.Planned,
        ["preparing"] = AgreementStatus.Planned,
        ["elaborate"] = AgreementStatus.Planned,
        ["elaborating"] = AgreementStatus.Planned,
        ["work"] = AgreementStatus.Planned,
        ["planned"] = AgreementStatus.Planned,
        ["future"] = AgreementStatus.Planned,
        ["negotiate"] = AgreementStatus.UnderNegotiation,
        ["negotiating"] = AgreementStatus.UnderNegotiation,
        ["negotiation"] = AgreementStatus.UnderNegotiation,
        ["negotiations"] = AgreementStatus.UnderNegotiation,
        ["talks"] = AgreementStatus.UnderNegotiation,
        ["signed"] = AgreementStatus.Concluded,
        ["signing"] = AgreementStatus.Concluded,
        ["sign"] = AgreementStatus.Concluded,
        ["concluded"] = AgreementStatus.Concluded,
        ["inked"] = AgreementStatus.Concluded,
        ["ratified"] = AgreementStatus.InForce,
        ["part"] = AgreementStatus.InForce,
        ["under"] = AgreementStatus.InForce,
        ["within"] = AgreementStatus.InForce,
        ["compliance"] = AgreementStatus.InForce,
        ["strengthening"] = AgreementStatus.InForce,
        ["implementing"] = AgreementStatus.InForce,
        ["implementation"] = AgreementStatus.InForce,
        ["violating"] = AgreementStatus.InForce,
        ["violation"] = AgreementStatus.InForce,
    };

    private static readonly HashSet<string> Future = new(StringComparer.Ordinal) { "to", "will", "would", "shall", "plan", "plans", "intend", "intends" };

    /// <summary>The status of the title starting at story-wide token <paramref name="title"/>, reading no further back than <paramref name="floor"/>.</summary>
    public static AgreementStatus? Read(Story story, int title, int floor, DateOnly? textDate, Agreement? known, DateOnly storyDate)
    {
        for (var t = title - 1; t >= Math.Max(floor, title - Window); t--)
        {
            var word = TextFold.Fold(StoryTokens.Word(story, t));
            if (!Cues.TryGetValue(word, out var status))
            {
                continue;
            }

            if (word == "work" && TextFold.Fold(StoryTokens.Word(story, t + 1)) != "on")
            {
                continue;
            }

            return status == AgreementStatus.Concluded && word == "sign" && t > floor && Future.Contains(TextFold.Fold(StoryTokens.Word(story, t - 1)))
                ? AgreementStatus.Planned
                : status;
        }

        if (known is not null)
        {
            return known.InForce is { } inForce && inForce <= storyDate ? AgreementStatus.InForce
                : known.SignedOn <= storyDate ? AgreementStatus.Concluded
                : null;
        }

        return textDate is { } date && date <= storyDate ? AgreementStatus.Concluded : null;
    }
}
