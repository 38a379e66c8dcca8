using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class PredicateRolesTests
{
    /// <summary>A one-sentence story with the parse given word by word: (word, upos, head, relation).</summary>
    private static SentenceTree Parsed(params (string Word, string Upos, int Head, string Relation)[] words)
    {
        var text = string.Join(' ', words.Select(w => w.Word));
        var tokens = new List<Token>();
        var at = 0;
        foreach (var (word, _, _, _) in words)
        {
            tokens.Add(new Token(at, at + word.Length));
            at += word.Length + 1;
        }

        var story = new Story
        {
            Id = "s",
            Text = text,
            Sentences = [new Sentence(0, text.Length, 0, words.Length)],
            Tokens = [.. tokens],
            Syntax = [.. words.Select(w => new TokenSyntax(w.Upos, "_", w.Word.ToLowerInvariant(), "_", w.Head, w.Relation))],
        };
        return new SentenceTree(story, 0);
    }

    [Fact]
    public void Subject_FullVerbParsedAsAuxiliaryOfALaterVerb_IsThatVerbsSubject()
    {
        // "Arnor will abandon relations after crowds trashed its embassy", with "abandon" hung on "trashed" as "aux".
        var tree = Parsed(
            ("Arnor", "PROPN", 6, "nsubj"), ("will", "AUX", 6, "aux"), ("abandon", "VERB", 6, "aux"), ("relations", "NOUN", 2, "obj"),
            ("after", "ADP", 5, "case"), ("crowds", "NOUN", 2, "obl"), ("trashed", "VERB", -1, "root"), ("its", "PRON", 8, "nmod:poss"),
            ("embassy", "NOUN", 6, "obj"));

        var roles = new PredicateRoles(tree, 2, isNoun: false, _ => true);

        Assert.Equal((0, 3), (roles.Subject, roles.Object));
    }

    [Fact]
    public void Subject_AuxiliaryWordOfAVerb_GivesNoSubjectOfItsOwn()
    {
        // "will" is a real auxiliary: it is no predicate that takes the clause's subject.
        var tree = Parsed(("Arnor", "PROPN", 2, "nsubj"), ("will", "AUX", 2, "aux"), ("sign", "VERB", -1, "root"));

        var roles = new PredicateRoles(tree, 1, isNoun: false, _ => true);

        Assert.Equal(-1, roles.Subject);
    }
}
