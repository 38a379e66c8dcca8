using System.IO.Compression;
using Dyad.Syntax.Clusters;
using Dyad.Syntax.Lemmas;
using Dyad.Syntax.Morphology;
using Dyad.Syntax.Parsing;
using Dyad.Syntax.Tagging;

namespace Dyad.Syntax;

/// <summary>
/// A trained tagger, lemmatizer and dependency parser for English in UD v2. Immutable once loaded, so one
/// instance serves any number of threads; each thread brings its own <see cref="SyntaxWorkspace"/>.
/// </summary>
public sealed class SyntaxModel
{
    private const string Magic = "dyad-syntax";
    private const int Version = 2;

    internal SyntaxModel(ClusterLookup clusters, Tagger tagger, Lemmatizer lemmatizer, FeatureLexicon features, Parser parser)
    {
        Clusters = clusters;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        FeatureLexicon = features;
        Parser = parser;
    }

    internal ClusterLookup Clusters { get; }

    internal Tagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal FeatureLexicon FeatureLexicon { get; }

    internal Parser Parser { get; }

    /// <summary>How many move sequences a parse keeps, as the parser was trained: 1 is greedy.</summary>
    public int BeamWidth => Parser.BeamWidth;

    /// <summary>Analyses one sentence given as its words (UD English tokenization); returns one result per word.</summary>
    public SyntaxWord[] Analyze(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new SyntaxWord[words.Count];
        Analyze(words, new SyntaxWorkspace(), result);
        return result;
    }

    /// <summary>
    /// Analyses one sentence into <paramref name="output"/>, which must hold at least one entry per word.
    /// <paramref name="names"/> is empty or parallel to the words: true marks a word known to be part of a name, which
    /// is then tagged as a proper noun (or a name's adjective) unless the tag dictionary fixes its tag.
    /// </summary>
    public void Analyze(IReadOnlyList<string> words, SyntaxWorkspace workspace, Span<SyntaxWord> output, ReadOnlySpan<bool> names = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(workspace);
        if (output.Length < words.Count)
        {
            throw new ArgumentException($"output holds {output.Length} entries but the sentence has {words.Count} words", nameof(output));
        }

        if (!names.IsEmpty && names.Length != words.Count)
        {
            throw new ArgumentException($"names holds {names.Length} entries but the sentence has {words.Count} words", nameof(names));
        }

        var n = words.Count;
        if (n == 0)
        {
            return;
        }

        workspace.Prepare(n, Math.Max(Tagger.Tags.Count, Parser.Moves.Count));
        var hashes = workspace.Words;
        hashes.Fill(words, Clusters);
        var tags = workspace.Tags.AsSpan(0, n);
        Tagger.Tag(words, hashes, tags, workspace.FirstPassTags.AsSpan(0, n), workspace.Features, workspace.Scores, names);
        var state = workspace.State;
        var beamWidth = workspace.BeamWidth ?? Parser.BeamWidth;
        if (beamWidth == 1)
        {
            Parser.Parse(hashes.Lower.AsSpan(0, n), tags, state, workspace.Features, workspace.Scores);
        }
        else
        {
            state = Parser.Parse(hashes.Lower.AsSpan(0, n), tags, workspace.Beam, beamWidth);
        }

        var xpos = workspace.Xpos.AsSpan(0, n);
        var lemmas = workspace.Lemmas.AsSpan(0, n);
        var relations = workspace.Relations.AsSpan(0, n);
        var heads = state.Head.AsSpan(1, n);
        for (var i = 0; i < n; i++)
        {
            xpos[i] = Tagger.Tags.Xpos[tags[i]];
            lemmas[i] = Lemmatizer.Lemmatize(words[i], tags[i]);
            relations[i] = Parser.Relations.Names[state.Relation[i + 1]];
        }

        for (var i = 0; i < n; i++)
        {
            var features = FeatureLexicon.Features(words[i], tags[i]);
            if (VoiceMarker.IsPassive(i, xpos, lemmas, heads, relations))
            {
                features = VoiceMarker.Mark(features);
            }

            output[i] = new SyntaxWord(Tagger.Tags.Upos[tags[i]], xpos[i], lemmas[i], features, heads[i], relations[i]);
        }
    }

    public void Save(string path)
    {
        using var zip = CompressedFile.Create(path);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Version);
        Clusters.Write(writer);
        Tagger.Write(writer);
        Lemmatizer.Write(writer);
        FeatureLexicon.Write(writer);
        Parser.Write(writer);
    }

    /// <summary>Loads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> naming the file if it is not one.</summary>
    public static SyntaxModel Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{path} is not a Dyad syntax model of version {Version}");
            }

            var clusters = ClusterLookup.Read(reader);
            var tagger = Tagger.Read(reader);
            var lemmatizer = Lemmatizer.Read(reader);
            var features = FeatureLexicon.Read(reader);
            var parser = Parser.Read(reader);
            return new SyntaxModel(clusters, tagger, lemmatizer, features, parser);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException && e.Message.IndexOf(path, StringComparison.Ordinal) < 0)
        {
            throw new InvalidDataException($"{path} is not a readable Dyad syntax model ({e.Message})", e);
        }
    }
}
