using System.Globalization;

namespace Dyad.Core.Conllu;

/// <summary>Writes CoNLL-U sentences: comments, multiword token lines before their first word, words, a blank line.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (var comment in sentence.Comments)
        {
            writer.Write("# ");
            writer.Write(comment);
            writer.Write('\n');
        }

        foreach (var word in sentence.Words)
        {
            foreach (var token in sentence.MultiwordTokens)
            {
                if (token.First == word.Id)
                {
                    writer.Write(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{token.First}-{token.Last}\t{token.Form}\t_\t_\t_\t_\t_\t_\t_\t{token.Misc}\n"));
                }
            }

            var head = word.Head < 0 ? "_" : word.Head.ToString(CultureInfo.InvariantCulture);
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{word.Id}\t{word.Form}\t{word.Lemma}\t{word.Upos}\t{word.Xpos}\t{word.Feats}\t{head}\t{word.Deprel}\t{word.Deps}\t{word.Misc}\n"));
        }

        writer.Write('\n');
    }
}
