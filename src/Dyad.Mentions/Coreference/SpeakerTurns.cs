using System.Collections.Frozen;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// The first-person pronouns of a transcript, each standing for the speaker of its turn. A turn opens with a speaker
/// label, a paragraph that starts with a short verbless phrase before a colon ("President of Russia Vladimir Putin:",
/// "Question:"), and runs to the next label; its speaker is the person the label names, or nobody ("Question:").
/// "I" is the speaker, and so is "we" in the speaker's mouth: a head of state speaking at talks speaks for his side
/// ("the response measures we had to take"), and news prose outside any turn keeps its pronouns unresolved.
/// </summary>
internal static class SpeakerTurns
{
    /// <summary>Labels are short: a title, a name and a remark such as "(retranslated)".</summary>
    private const int LongestLabel = 14;

    private const string PersonRole = nameof(CodeResolution.PersonRole);

    /// <summary>The first-person pronouns, as written; "US" is the United States, so only the lower-case "us" counts.</summary>
    private static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(
        StringComparer.Ordinal,
        "I", "me", "Me", "my", "My", "mine", "myself", "Myself", "we", "We", "us", "our", "Our", "ours", "ourselves");

    /// <summary>Each first-person pronoun said in a turn whose label names a person, with that person's mention in the label.</summary>
    public static IEnumerable<(TextSpan Span, int Sentence, Actor Speaker)> Find(Story story)
    {
        Actor? speaker = null;
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            var colon = LabelEnd(story, sentence);
            if (colon >= 0)
            {
                speaker = SpeakerIn(story, s, story.Tokens[colon].Start);
            }

            if (speaker is null)
            {
                continue;
            }

            for (var t = Math.Max(sentence.FirstToken, colon + 1); t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = story.Tokens[t];
                if (story.Syntax[t].Upos == "PRON" && FirstPerson.Contains(token.ToString(story.Text)))
                {
                    yield return (new TextSpan(token.Start, token.End), s, speaker);
                }
            }
        }
    }

    /// <summary>The token of the colon that closes the label opening <paramref name="sentence"/>, or -1 when it opens none.</summary>
    private static int LabelEnd(Story story, Sentence sentence)
    {
        if (!StartsParagraph(story.Text, sentence.Start))
        {
            return -1;
        }

        var depth = 0;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + Math.Min(sentence.TokenCount, LongestLabel + 1); t++)
        {
            var form = story.Tokens[t].ToString(story.Text);
            depth += form == "(" ? 1 : form == ")" ? -1 : 0;
            if (form == ":")
            {
                return t > sentence.FirstToken ? t : -1;
            }

            if (depth == 0 && story.Syntax[t].Upos is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool StartsParagraph(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r';
    }

    /// <summary>The last person the label names, or null when it names none.</summary>
    private static Actor? SpeakerIn(Story story, int sentence, int colon) =>
        story.Actors.LastOrDefault(a => a.Sentence == sentence && a.End <= colon && a.Resolution == PersonRole && a.Code is not null);
}
