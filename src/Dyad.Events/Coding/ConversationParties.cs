using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Events.Patterns;

namespace Dyad.Events.Coding;

/// <summary>
/// The other party of the conversation a story reports. In a telephone-call or talks item each statement is made in
/// that conversation, so a reaction that names no target of its own ("Mr Modi expressed his profound condolences
/// over the attack") is addressed to the other party. The parties are those of the story's first joint
/// consultation (root 04) coded in an earlier sentence, when it is between exactly two actors. Only reactions made to
/// someone take them: condolences (018), praise and thanks (05), demands (10), disapproval (11), rejection (12) and
/// threats (13), and what is promised. A comment (010) has no addressee; an appeal (02) or an intent (03) names what
/// should happen, which is mostly about third parties the conversation concerns ("called for restraint", "its
/// willingness to conduct a joint investigation"); a joint act done by one party ("signed the directive") is not done with the other.
/// </summary>
internal static class ConversationParties
{
    private static readonly HashSet<string> PromisingVerbs = new(StringComparer.Ordinal) { "promise", "pledge", "vow", "undertake", "guarantee" };

    private static readonly HashSet<string> RecipientRoots = new(StringComparer.Ordinal) { "05", "10", "11", "12", "13" };

    /// <summary>Whether an act of code <paramref name="code"/> is made to someone, so a conversation gives it a target.</summary>
    public static bool NeedsRecipient(string code) => code == "018" || (code.Length >= 2 && RecipientRoots.Contains(code[..2]));

    /// <summary>
    /// Whether <paramref name="word"/> is what its subject promises ("promised to provide detailed information"): a
    /// promise, unlike a stated intent, is given to someone, in a conversation to the other party.
    /// </summary>
    public static bool IsPromised(SentenceTree tree, int word) =>
        tree.Relation(word) == "xcomp" && tree.Head(word) is >= 0 and var head && PromisingVerbs.Contains(tree.Lemma(head));

    /// <summary>
    /// The party of the first joint consultation among <paramref name="earlier"/> that <paramref name="sources"/> are
    /// not; empty when there is no such consultation, it has not exactly two parties, or the sources are not all one
    /// of them: "the Serbian people" (SRBCVL) is no party to a talk between the presidents.
    /// </summary>
    public static ImmutableArray<Actor> OtherParty(IEnumerable<CodedEvent> earlier, ImmutableArray<Actor> sources)
    {
        if (Of(earlier) is not { } conversation || !sources.All(s => conversation.Parties.Any(p => p.Code == s.Code)))
        {
            return [];
        }

        return conversation.Parties.RemoveAll(p => sources.Any(s => s.Code == p.Code));
    }

    /// <summary>
    /// The two parties of the first joint consultation among <paramref name="earlier"/>, with its code; null when there
    /// is none or it has not exactly two parties.
    /// </summary>
    public static (ImmutableArray<Actor> Parties, string Code)? Of(IEnumerable<CodedEvent> earlier)
    {
        var consultation = earlier.FirstOrDefault(e => e.Joint && e.IsCoded && e.CameoCode.StartsWith("04", StringComparison.Ordinal));
        if (consultation is null)
        {
            return null;
        }

        ImmutableArray<Actor> parties = [.. consultation.Sources.Concat(consultation.Targets).DistinctBy(a => a.Code)];
        return parties.Length == 2 ? (parties, consultation.CameoCode) : null;
    }

    /// <summary>
    /// Whether the predicate names a target in a place <paramref name="pattern"/> takes one from, actor or not:
    /// "condemns this crime" and "expressed concern over the attack" are aimed at something, though not at an actor.
    /// </summary>
    public static bool NamesTarget(PredicateRoles roles, PredicatePattern pattern) =>
        pattern.TargetSlots.Any(slot => slot.Kind switch
        {
            RoleSlotKind.DirectObject => roles.Object >= 0,
            RoleSlotKind.Phrase => roles.PhrasesOf(slot.Preposition!).Any(),
            _ => true,
        });
}
