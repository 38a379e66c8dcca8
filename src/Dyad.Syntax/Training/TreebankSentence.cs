using Dyad.Core.Conllu;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax.Training;

/// <summary>One annotated sentence as the trainers use it: parallel arrays, heads 0 for the root.</summary>
internal sealed record TreebankSentence(
    string[] Forms,
    string[] Lemmas,
    string[] Upos,
    string[] Xpos,
    string[] Feats,
    int[] Heads,
    string[] Relations)
{
    public int Length => Forms.Length;

    /// <summary>The joint "UPOS XPOS" tag the tagger predicts for word <paramref name="i"/>.</summary>
    public string Tag(int i) => TagSet.Join(Upos[i], Xpos[i]);

    public static TreebankSentence From(ConlluSentence sentence)
    {
        var words = sentence.Words;
        var n = words.Length;
        var result = new TreebankSentence(new string[n], new string[n], new string[n], new string[n], new string[n], new int[n], new string[n]);
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            result.Forms[i] = word.Form;
            result.Lemmas[i] = word.Lemma;
            result.Upos[i] = word.Upos;
            result.Xpos[i] = word.Xpos;
            result.Feats[i] = word.Feats;
            result.Heads[i] = Math.Max(0, word.Head);
            result.Relations[i] = word.Deprel;
        }

        return result;
    }
}
