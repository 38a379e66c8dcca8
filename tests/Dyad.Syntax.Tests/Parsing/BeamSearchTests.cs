using Dyad.Syntax.Parsing;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax.Tests.Parsing;

public sealed class BeamSearchTests
{
    public static TheoryData<int> Widths() => [2, 4, 8];

    [Fact]
    public void Parse_WidthOne_GivesTheGreedyParse()
    {
        var parser = Fixtures.TinyModel.Parser;
        var greedy = new ParserState();
        var beam = new BeamSearch();
        var features = new uint[ParserFeatures.Max];
        var scores = new float[parser.Moves.Count];
        var compared = 0;

        foreach (var (words, tags) in TaggedNewsChecks())
        {
            parser.Parse(words, tags, greedy, features, scores);
            var searched = parser.Parse(words, tags, beam, 1);

            Assert.Equal(greedy.Head.AsSpan(1, tags.Length), searched.Head.AsSpan(1, tags.Length));
            Assert.Equal(greedy.Relation.AsSpan(1, tags.Length), searched.Relation.AsSpan(1, tags.Length));
            compared += tags.Length;
        }

        Assert.True(compared > 100, $"{compared} words compared");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Parse_WiderBeam_ReturnsOneRootedTreeWithoutCycles(int width)
    {
        var parser = Fixtures.TinyModel.Parser;
        var beam = new BeamSearch();
        var features = new uint[ParserFeatures.Max];

        foreach (var (words, tags) in TaggedNewsChecks())
        {
            var state = parser.Parse(words, tags, beam, width);

            var n = tags.Length;
            Assert.Equal(1, Enumerable.Range(1, n).Count(w => state.Head[w] == 0));
            for (var w = 1; w <= n; w++)
            {
                Assert.InRange(state.Head[w], 0, n);
                Assert.NotEqual(w, state.Head[w]);
                Assert.InRange(state.Relation[w], 0, parser.Relations.Count - 1);
                var steps = 0;
                for (var h = state.Head[w]; h != 0; h = state.Head[h])
                {
                    Assert.True(++steps <= n, $"word {w} lies on a cycle");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Parse_WiderBeam_BestTotalIsItsMovesScoredOneStateAtATime(int width)
    {
        var parser = Fixtures.TinyModel.Parser;
        var beam = new BeamSearch();
        var replay = new ParserState();
        var features = new uint[ParserFeatures.Max];
        var scores = new float[parser.Moves.Count];
        var moves = new List<int>();

        foreach (var (words, tags) in TaggedNewsChecks())
        {
            parser.Parse(words, tags, beam, width);
            beam.MovesUpTo(beam.BestStep, moves);
            replay.Start(tags, parser.PunctuationTags);
            var total = 0.0;
            foreach (var move in moves.Where(m => m >= 0))
            {
                var count = ParserFeatures.Extract(replay, words, tags, features);
                Array.Clear(scores);
                parser.Weights.AddScores(features.AsSpan(0, count), scores);
                total += scores[move];
                replay.Apply(move, parser.Moves);
            }

            Assert.Equal(total, beam.BestTotal);
        }
    }

    [Fact]
    public void Parse_SameSentenceAgainWithWiderBeamFirst_GivesTheSameTree()
    {
        var parser = Fixtures.TinyModel.Parser;
        var reused = new BeamSearch();
        var features = new uint[ParserFeatures.Max];
        var sentences = TaggedNewsChecks().ToList();
        foreach (var (words, tags) in sentences)
        {
            parser.Parse(words, tags, reused, 8);
        }

        foreach (var (words, tags) in sentences)
        {
            var fresh = parser.Parse(words, tags, new BeamSearch(), 4);
            var freshHeads = fresh.Head.AsSpan(1, tags.Length).ToArray();
            var again = parser.Parse(words, tags, reused, 4);

            Assert.Equal(freshHeads, again.Head.AsSpan(1, tags.Length).ToArray());
        }
    }

    /// <summary>The news checks, unseen by the tiny model, so its parses contain mistakes for the beam to explore.</summary>
    private static IEnumerable<(ulong[] Words, int[] Tags)> TaggedNewsChecks()
    {
        var model = Fixtures.TinyModel;
        var features = new uint[Math.Max(ParserFeatures.Max, TaggerFeatures.Max)];
        var scores = new float[model.Tagger.Tags.Count];
        foreach (var sentence in Fixtures.Read("news-checks.conllu"))
        {
            var forms = Fixtures.Forms(sentence);
            var hashes = new TokenHashes();
            hashes.Fill(forms, model.Clusters);
            var tags = new int[forms.Length];
            model.Tagger.Tag(forms, hashes, tags, new int[forms.Length], features, scores);
            yield return (hashes.Lower[..forms.Length], tags);
        }
    }
}
