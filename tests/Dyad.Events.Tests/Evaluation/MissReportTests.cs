using Dyad.Events.Evaluation;
using static Dyad.Events.Tests.Evaluation.Events;

namespace Dyad.Events.Tests.Evaluation;

public sealed class MissReportTests
{
    [Fact]
    public void Write_ScoredRecords_ListsOnlyThoseNotExactlyRightWithMissesAndExtras()
    {
        var score = PetrarchScorer.Score(
        [
            Scored(Item("A-1", "DEMO", Gold("ARN->GON", "050")), Coded("ARN->GON", "050")),
            Scored(Item("A-2", "DEMO", Gold("ARN->DAG", "012")), Coded("ARN->DAG", "013")),
            Scored(Item("A-3", "VERB", Gold("GON->ARN", "040"))),
        ]);
        var writer = new StringWriter();

        MissReport.Write(writer, score.Items);

        Assert.Equal(
            """
            A-2 [DEMO]: text of A-2
              expected: ARN->DAG 012
              emitted:  ARN->DAG 013
              missed:   ARN->DAG 012
              extra:    ARN->DAG 013

            A-3 [VERB]: text of A-3
              expected: GON->ARN 040
              emitted:  (none)
              missed:   GON->ARN 040


            """.ReplaceLineEndings("\n"),
            writer.ToString().ReplaceLineEndings("\n"));
    }
}
