using Dyad.Cli.Evaluation;
using Dyad.Core.Conllu;
using Dyad.Core.Evaluation;
using Dyad.Syntax;
using Dyad.Syntax.Evaluation;
using Dyad.Syntax.Training;

namespace Dyad.Cli.Tests.Evaluation;

public sealed class RawSyntaxEvaluatorTests
{
    private const string Gold =
        "# newdoc id = d1\n" +
        "# text = Officials signed an agreement.\n" +
        "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
        "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n" +
        "4\tagreement\tagreement\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
        "\n" +
        "# text = Leaders of both countries met in Moscow on Friday.\n" +
        "1\tLeaders\tleader\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n" +
        "2\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n" +
        "3\tboth\tboth\tDET\tDT\t_\t4\tdet\t_\t_\n" +
        "4\tcountries\tcountry\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n" +
        "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n" +
        "7\tMoscow\tMoscow\tPROPN\tNNP\t_\t5\tobl\t_\t_\n" +
        "8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n" +
        "9\tFriday\tFriday\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n" +
        "10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n" +
        "\n";

    private static List<ConlluSentence> Sentences => [.. ConlluReader.Read(new StringReader(Gold), "gold.conllu")];

    // Trained on the first sentence only, so the second is analysed with mistakes to be counted.
    private static SyntaxModel Model =>
        SyntaxTrainer.Train(Sentences.Take(1).ToList(), new SyntaxTrainingOptions { TaggerIterations = 3, ParserEpochs = 3, Folds = 1, BeamWidth = 1 });

    [Fact]
    public void Evaluate_TextTheTextStageSplitsLikeTheGold_AlignsEveryWordAndSentence()
    {
        var scores = RawSyntaxEvaluator.Evaluate(Model, Sentences, "gold");

        Assert.Equal(new MatchCount(15, 15, 15), scores.Tokens);
        Assert.Equal(new MatchCount(2, 2, 2), scores.Sentences);
    }

    [Fact]
    public void Evaluate_TextTheTextStageSplitsLikeTheGold_ScoresAsTheGoldWordsDo()
    {
        var model = Model;

        var raw = RawSyntaxEvaluator.Evaluate(model, Sentences, "gold");
        var words = SyntaxEvaluator.Evaluate(model, Sentences);

        // Raw scores are fractions and gold-word scores percentages, so they agree up to rounding.
        Assert.Equal(words.Upos, 100 * raw.Upos.F1, 9);
        Assert.Equal(words.Lemma, 100 * raw.Lemma.F1, 9);
        Assert.Equal(words.Uas, 100 * raw.Uas.F1, 9);
        Assert.Equal(words.Las, 100 * raw.Las.F1, 9);
    }
}
