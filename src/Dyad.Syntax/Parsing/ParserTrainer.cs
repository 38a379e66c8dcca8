using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Parsing;

/// <summary>
/// Trains the <see cref="Parser"/> with the dynamic oracle: at every configuration the best-scoring move is
/// compared with the best-scoring move of least cost, and after the first epoch the parser mostly follows its own
/// predictions so that it learns to recover from its mistakes. Given development sentences, it keeps the epoch
/// whose averaged weights attach most of their words with the right head and relation.
/// </summary>
internal static class ParserTrainer
{
    private const double Exploration = 0.9;

    public static Parser Train(IReadOnlyList<ParserExample> examples, StringIndex relations, bool[] punctuationTags, int epochs, int seed, TextWriter? log = null, IReadOnlyList<ParserExample>? development = null)
    {
        var moves = new Moves(relations.Count);
        var rootRelation = relations.TryGetId("root", out var root) ? root : 0;
        var model = new AveragedPerceptron(moves.Count);
        var state = new ParserState();
        var features = new uint[ParserFeatures.Max];
        var scores = new float[moves.Count];
        var costs = new int[moves.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var selection = new EpochSelection(epochs, log);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var errors = 0;
            var decisions = 0;
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                state.Start(example.Tags, punctuationTags);
                while (!state.IsTerminal)
                {
                    var count = ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    Array.Clear(scores);
                    model.AddScores(features.AsSpan(0, count), scores);
                    var predicted = Parser.BestValid(state, moves, rootRelation, scores);
                    DynamicOracle.Fill(state, moves, example.GoldHeads, example.GoldRelations, costs);
                    var gold = BestOfLeastCost(state, moves, rootRelation, scores, costs);
                    decisions++;
                    if (costs[predicted] > costs[gold])
                    {
                        errors++;
                        model.Update(features.AsSpan(0, count), gold, predicted);
                    }

                    model.Tick();
                    var follow = epoch > 0 && random.NextDouble() < Exploration ? predicted : gold;
                    state.Apply(follow, moves);
                }
            }

            log?.WriteLine($"parser epoch {epoch + 1}/{epochs}: {100.0 * errors / Math.Max(1, decisions):F2} % of moves corrected");
            if (development is null)
            {
                continue;
            }

            var parser = new Parser(relations, model.Compile(), punctuationTags);
            var score = LabelledAttachment(development, example =>
            {
                parser.Parse(example.Words, example.Tags, state, features, scores);
                return state;
            });
            selection.Offer(parser, score, epoch);
        }

        return selection.Best(() => new Parser(relations, model.Compile(), punctuationTags));
    }

    /// <summary>The percentage of words given the gold head and relation; gold relation -1 (unknown in training) never matches.</summary>
    internal static double LabelledAttachment(IReadOnlyList<ParserExample> examples, Func<ParserExample, ParserState> parse)
    {
        var correct = 0;
        var total = 0;
        foreach (var example in examples)
        {
            var state = parse(example);
            for (var w = 1; w <= example.Tags.Length; w++)
            {
                correct += state.Head[w] == example.GoldHeads[w] && state.Relation[w] == example.GoldRelations[w] ? 1 : 0;
            }

            total += example.Tags.Length;
        }

        return 100.0 * correct / Math.Max(1, total);
    }

    internal static int BestOfLeastCost(ParserState state, Moves moves, int rootRelation, ReadOnlySpan<float> scores, ReadOnlySpan<int> costs)
    {
        var best = -1;
        for (var move = 0; move < moves.Count; move++)
        {
            if (!state.IsValid(move, moves, rootRelation))
            {
                continue;
            }

            if (best < 0 || costs[move] < costs[best] || (costs[move] == costs[best] && scores[move] > scores[best]))
            {
                best = move;
            }
        }

        return best;
    }
}
