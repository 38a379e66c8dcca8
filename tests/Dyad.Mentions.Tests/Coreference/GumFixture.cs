namespace Dyad.Mentions.Tests.Coreference;

/// <summary>A two-sentence document in GUM's CoNLL-U form with entity annotation, written for the tests.</summary>
internal static class GumFixture
{
    public const string Text = "Vladimir Putin met Sadyr Japarov. He thanked his guest.";

    public const string Conllu =
        "# newdoc id = fixture\n" +
        "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n" +
        "# meta::dateCreated = 2023-05-08\n" +
        "# newpar\n" +
        "# text = Vladimir Putin met Sadyr Japarov.\n" +
        "1\tVladimir\tVladimir\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref-Vladimir_Putin\n" +
        "2\tPutin\tPutin\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n" +
        "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "4\tSadyr\tSadyr\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-person-new-sssss-cf2-1,2-coref-Sadyr_Japarov\n" +
        "5\tJaparov\tJaparov\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=2)|SpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n" +
        "# text = He thanked his guest.\n" +
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)\n" +
        "2\tthanked\tthank\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\this\this\tPRON\tPRP$\t_\t4\tnmod:poss\t_\tEntity=(2-person-giv:act-sssss-cf2-2-coref(1-person-giv:act-sssss-cf1-1-coref)\n" +
        "4\tguest\tguest\tNOUN\tNN\t_\t2\tobj\t_\tEntity=2)|SpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n";
}
