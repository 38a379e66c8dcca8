using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Parsing;

/// <summary>
/// Trains the <see cref="Parser"/> for beam search with global updates (Huang, Fayong and Guo 2012, max-violation):
/// the beam and the gold move sequence advance together to the end, and if the best finished tree is not the gold
/// one, the weights move towards the gold prefix and away from the beam's best prefix at the step where the best
/// item outscores the gold prefix by most (the latest such step on a tie, so untrained weights, which tie everywhere,
/// update the whole sequence). The gold sequence is the best-scoring move of least dynamic-oracle cost at
/// every step, so spurious ambiguity goes the way the model already prefers. Given development sentences, it keeps
/// the epoch whose averaged weights, decoding with the same beam, attach most words correctly.
/// </summary>
internal static class GlobalParserTrainer
{
    public static Parser Train(IReadOnlyList<ParserExample> examples, StringIndex relations, bool[] punctuationTags, int epochs, int width, int seed, TextWriter? log = null, IReadOnlyList<ParserExample>? development = null)
    {
        var moves = new Moves(relations.Count);
        var rootRelation = relations.TryGetId("root", out var root) ? root : 0;
        var model = new AveragedPerceptron(moves.Count);
        var beam = new BeamSearch();
        var gold = new ParserState();
        var features = new uint[ParserFeatures.Max];
        var scores = new float[moves.Count];
        var costs = new int[moves.Count];
        var goldMoves = new List<int>();
        var predictedMoves = new List<int>();
        var replayGold = new ParserState();
        var replayPredicted = new ParserState();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var selection = new EpochSelection(epochs, log);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var updates = 0;
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                beam.Start(width, example.Tags, punctuationTags, moves.Count);
                gold.Start(example.Tags, punctuationTags);
                goldMoves.Clear();
                var goldTotal = 0.0;
                var maxViolation = double.NegativeInfinity;
                var violationStep = -1;
                var violationDepth = 0;
                while (!beam.IsTerminal || !gold.IsTerminal)
                {
                    if (gold.IsTerminal)
                    {
                        goldMoves.Add(-1);
                    }
                    else
                    {
                        var count = ParserFeatures.Extract(gold, example.Words, example.Tags, features);
                        Array.Clear(scores);
                        model.AddScores(features.AsSpan(0, count), scores);
                        DynamicOracle.Fill(gold, moves, example.GoldHeads, example.GoldRelations, costs);
                        var move = ParserTrainer.BestOfLeastCost(gold, moves, rootRelation, scores, costs);
                        goldTotal += scores[move];
                        gold.Apply(move, moves);
                        goldMoves.Add(move);
                    }

                    beam.Advance(model, example.Words, example.Tags, moves, rootRelation, features);
                    var violation = beam.BestTotal - goldTotal;
                    if (violation >= maxViolation)
                    {
                        (maxViolation, violationStep, violationDepth) = (violation, beam.BestStep, goldMoves.Count);
                    }
                }

                if (!SameTree(beam.Best, gold))
                {
                    updates++;
                    beam.MovesUpTo(violationStep, predictedMoves);
                    Update(model, example, punctuationTags, moves, goldMoves, predictedMoves, violationDepth, replayGold, replayPredicted, features);
                }

                model.Tick();
            }

            log?.WriteLine($"parser epoch {epoch + 1}/{epochs}: beam {width}, {100.0 * updates / Math.Max(1, examples.Count):F2} % of sentences updated");
            if (development is null)
            {
                continue;
            }

            var parser = new Parser(relations, model.Compile(), punctuationTags);
            var score = ParserTrainer.LabelledAttachment(development, example => parser.Parse(example.Words, example.Tags, beam, width, features));
            selection.Offer(parser, score, epoch);
        }

        return selection.Best(() => new Parser(relations, model.Compile(), punctuationTags));
    }

    private static bool SameTree(ParserState predicted, ParserState gold)
    {
        for (var w = 1; w <= gold.Length; w++)
        {
            if (predicted.Head[w] != gold.Head[w] || predicted.Relation[w] != gold.Relation[w])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replays both prefixes; from the first step where they differ, every gold move's features gain and every predicted move's lose.</summary>
    private static void Update(AveragedPerceptron model, ParserExample example, bool[] punctuationTags, Moves moves, List<int> goldMoves, List<int> predictedMoves, int depth, ParserState goldState, ParserState predictedState, uint[] features)
    {
        goldState.Start(example.Tags, punctuationTags);
        predictedState.Start(example.Tags, punctuationTags);
        var diverged = false;
        for (var t = 0; t < depth; t++)
        {
            var goldMove = goldMoves[t];
            var predictedMove = predictedMoves[t];
            diverged |= goldMove != predictedMove;
            Replay(model, example, moves, goldState, goldMove, diverged ? 1f : 0f, features);
            Replay(model, example, moves, predictedState, predictedMove, diverged ? -1f : 0f, features);
        }
    }

    private static void Replay(AveragedPerceptron model, ParserExample example, Moves moves, ParserState state, int move, float delta, uint[] features)
    {
        if (move < 0)
        {
            return;
        }

        if (delta != 0)
        {
            var count = ParserFeatures.Extract(state, example.Words, example.Tags, features);
            model.Adjust(features.AsSpan(0, count), move, delta);
        }

        state.Apply(move, moves);
    }
}
