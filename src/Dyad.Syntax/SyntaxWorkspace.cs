using Dyad.Syntax.Parsing;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax;

/// <summary>
/// Scratch memory for <see cref="SyntaxModel.Analyze(IReadOnlyList{string}, SyntaxWorkspace, Span{SyntaxWord}, ReadOnlySpan{bool})"/>,
/// reused between sentences so analysis allocates little. Not thread-safe: use one per thread.
/// </summary>
public sealed class SyntaxWorkspace
{
    public SyntaxWorkspace()
        : this(1)
    {
    }

    /// <summary>A workspace whose parses keep the <paramref name="beamWidth"/> best move sequences; 1 parses greedily, as the parser was trained by default.</summary>
    public SyntaxWorkspace(int beamWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        BeamWidth = beamWidth;
    }

    public int BeamWidth { get; }

    internal BeamSearch Beam { get; } = new();

    internal TokenHashes Words { get; } = new();

    internal ParserState State { get; } = new();

    internal uint[] Features { get; } = new uint[Math.Max(ParserFeatures.Max, TaggerFeatures.Max)];

    internal float[] Scores { get; private set; } = [];

    internal int[] Tags { get; private set; } = [];

    internal int[] FirstPassTags { get; private set; } = [];

    internal string[] Xpos { get; private set; } = [];

    internal string[] Lemmas { get; private set; } = [];

    internal string[] Relations { get; private set; } = [];

    internal void Prepare(int length, int classes)
    {
        if (Scores.Length < classes)
        {
            Scores = new float[classes];
        }

        if (Tags.Length < length)
        {
            var size = Math.Max(length, Tags.Length * 2);
            Tags = new int[size];
            FirstPassTags = new int[size];
            Xpos = new string[size];
            Lemmas = new string[size];
            Relations = new string[size];
        }
    }
}
