using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Parsing;

/// <summary>An arc-eager dependency parser scored by an averaged perceptron over labelled moves, greedy or with a beam.</summary>
internal sealed class Parser
{
    public Parser(StringIndex relations, WeightTable weights, bool[] punctuationTags)
    {
        Relations = relations;
        Weights = weights;
        PunctuationTags = punctuationTags;
        Moves = new Moves(relations.Count);
        RootRelation = relations.TryGetId("root", out var root) ? root : 0;
        FallbackRelation = relations.TryGetId("dep", out var dep) ? dep : RootRelation == 0 && relations.Count > 1 ? 1 : 0;
    }

    public StringIndex Relations { get; }

    public WeightTable Weights { get; }

    /// <summary>Which tag ids are punctuation; features count the punctuation between stack top and buffer front.</summary>
    public bool[] PunctuationTags { get; }

    public Moves Moves { get; }

    public int RootRelation { get; }

    public int FallbackRelation { get; }

    /// <summary>Parses one sentence; the result is in <paramref name="state"/> (Head and Relation of words 1..n).</summary>
    public void Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, ParserState state, Span<uint> features, Span<float> scores)
    {
        state.Start(tags, PunctuationTags);
        var moveScores = scores[..Moves.Count];
        while (!state.IsTerminal)
        {
            var count = ParserFeatures.Extract(state, words, tags, features);
            moveScores.Clear();
            Weights.AddScores(features[..count], moveScores);
            state.Apply(BestValid(state, Moves, RootRelation, moveScores), Moves);
        }

        state.Finish(RootRelation, FallbackRelation);
    }

    /// <summary>Parses one sentence with a beam of <paramref name="width"/> move sequences; returns the best sequence's finished state, owned by <paramref name="beam"/>.</summary>
    public ParserState Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, BeamSearch beam, int width, Span<uint> features)
    {
        beam.Start(width, tags, PunctuationTags, Moves.Count);
        while (!beam.IsTerminal)
        {
            beam.Advance(Weights, words, tags, Moves, RootRelation, features);
        }

        beam.Best.Finish(RootRelation, FallbackRelation);
        return beam.Best;
    }

    internal static int BestValid(ParserState state, Moves moves, int rootRelation, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var move = 0; move < scores.Length; move++)
        {
            if ((best < 0 || scores[move] > scores[best]) && state.IsValid(move, moves, rootRelation))
            {
                best = move;
            }
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        Relations.Write(writer);
        Weights.Write(writer);
        writer.Write(PunctuationTags.Length);
        foreach (var punctuation in PunctuationTags)
        {
            writer.Write(punctuation);
        }
    }

    public static Parser Read(BinaryReader reader)
    {
        var relations = StringIndex.Read(reader);
        var weights = WeightTable.Read(reader);
        var punctuationTags = new bool[reader.ReadInt32()];
        for (var i = 0; i < punctuationTags.Length; i++)
        {
            punctuationTags[i] = reader.ReadBoolean();
        }

        return new Parser(relations, weights, punctuationTags);
    }
}
