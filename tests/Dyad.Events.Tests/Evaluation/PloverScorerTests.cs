using Dyad.Events.Evaluation;
using Dyad.Knowledge.Codes;
using Dyad.Knowledge.Sources;
using static Dyad.Events.Tests.Evaluation.Events;

namespace Dyad.Events.Tests.Evaluation;

public sealed class PloverScorerTests
{
    private static readonly CameoEventTable Codes = new(
        [Cameo("01", null), Cameo("010", null), Cameo("04", "CONSULT"), Cameo("040", "CONSULT"), Cameo("042", "CONSULT"), Cameo("05", "COOPERATE"), Cameo("057", "AGREE")],
        PloverVocabulary.Empty);

    private static CameoEvent Cameo(string code, string? plover) => new(code, code, 0, 1, plover, null, [], new SourceLocation("codes.txt", 1));

    [Theory]
    [InlineData("040", "CONSULT")]
    [InlineData("0421", "CONSULT")]
    [InlineData("046", "CONSULT")]
    [InlineData("057", "AGREE")]
    [InlineData("010", null)]
    [InlineData("99", null)]
    public void PloverType_Code_ItsOwnElseItsParentsType(string code, string? expected) =>
        Assert.Equal(expected, PloverScorer.PloverType(code, Codes));

    [Fact]
    public void Score_EmittedCameoCodes_MatchByPloverTypeLenientlyAndStrictly()
    {
        var gold = Item("p1", Gold("RUSGOV->QATGOV", "consult"), Gold("RUSGOV->QATGOV", "AGREE"));

        var score = PloverScorer.Score([Scored(gold, Coded("RUS->QATGOV", "042"), Coded("RUSGOV->QATGOV", "057"), Coded("RUSGOV->QATGOV", "010"))], Codes);

        Assert.Equal(new EventTally(1, 1, 2, 2, 0), score.Lenient);
        Assert.Equal(1, score.Strict.Correct);
        Assert.Equal(1, score.Strict.Extra);
    }

    [Fact]
    public void Score_GoldEventGivenAsCameoCode_ComparedByItsPloverType()
    {
        var score = PloverScorer.Score([Scored(Item("p1", Gold("ARN->GON", "040")), Coded("ARN->GON", "042"))], Codes);

        Assert.Equal(1, score.Lenient.Correct);
    }
}
