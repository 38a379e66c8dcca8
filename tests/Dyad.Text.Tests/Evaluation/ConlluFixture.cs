namespace Dyad.Text.Tests.Evaluation;

/// <summary>A small CoNLL-U text: two documents, a paragraph break, an alignable and an unalignable multiword token.</summary>
internal static class ConlluFixture
{
    public const string Text =
        "# newdoc id = d1\n" +
        "# newpar\n" +
        "# text = They don't agree.\n" +
        "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" +
        "\n" +
        "# text = Mr. Smith came.\n" +
        "1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n" +
        "2\tSmith\tSmith\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n" +
        "3\tcame\tcome\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n" +
        "# newpar\n" +
        "# text = Heading\n" +
        "1\tHeading\theading\tNOUN\tNN\t_\t0\troot\t_\t_\n" +
        "\n" +
        "# newdoc id = d2\n" +
        "# text = Del Mar wins\n" +
        "1-2\tDel\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "1\tDe\tde\tADP\tIN\t_\t2\tcase\t_\t_\n" +
        "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n" +
        "3\tMar\tMar\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
        "4\twins\twin\tVERB\tVBZ\t_\t0\troot\t_\t_\n" +
        "\n";
}
