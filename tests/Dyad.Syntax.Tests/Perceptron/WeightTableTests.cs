using Dyad.Syntax.Perceptron;

namespace Dyad.Syntax.Tests.Perceptron;

public sealed class WeightTableTests
{
    private const int Classes = 12;

    /// <summary>More features than one lookup batch holds, keys repeated and absent, so every path of the table is taken.</summary>
    public static TheoryData<int> FeatureCounts() => [1, 87, 300];

    [Theory]
    [MemberData(nameof(FeatureCounts))]
    public void AddScores_DenseAndSparseRows_EqualsAddingEachWeightInFeatureOrder(int featureCount)
    {
        var rows = RandomRows(seed: 5, rowCount: 200, halves: false);
        var table = Build(rows);
        var random = new Random(featureCount);
        var features = new uint[featureCount];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = random.Next(4) == 0 ? (uint)random.Next() | 1u : rows[random.Next(rows.Count)].Key;
        }

        var scores = new float[Classes];
        table.AddScores(features, scores);

        Assert.Equal(AddOneByOne(rows, features), scores);
    }

    [Fact]
    public void Read_WrittenTable_ScoresEveryFeatureAsBefore()
    {
        var rows = RandomRows(seed: 9, rowCount: 100, halves: true);
        var table = Build(rows);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = WeightTable.Read(reader);

        Assert.Equal(table.FeatureCount, read.FeatureCount);
        Assert.Equal(table.WeightCount, read.WeightCount);
        foreach (var (key, _, _) in rows)
        {
            var expected = new float[Classes];
            var actual = new float[Classes];
            table.AddScores([key], expected);
            read.AddScores([key], actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Constructor_ClassBeyondClassCount_ThrowsInvalidData()
    {
        var exception = Assert.Throws<InvalidDataException>(() => new WeightTable(Classes, [7u], [0, 1], [Classes], [1f]));

        Assert.Contains($"class {Classes}", exception.Message, StringComparison.Ordinal);
    }

    private static float[] AddOneByOne(List<(uint Key, ushort[] Classes, float[] Weights)> rows, uint[] features)
    {
        var byKey = rows.ToDictionary(r => r.Key);
        var scores = new float[Classes];
        foreach (var key in features)
        {
            if (byKey.TryGetValue(key, out var row))
            {
                for (var i = 0; i < row.Classes.Length; i++)
                {
                    scores[row.Classes[i]] += row.Weights[i];
                }
            }
        }

        return scores;
    }

    /// <summary>
    /// Rows of every length from one class to all, so the table keeps the short ones sparse and the long ones dense;
    /// classes in random order. Weights as the model file stores them (16-bit <paramref name="halves"/>) or as training
    /// leaves them, of magnitudes so different that the order of adding them changes their sum.
    /// </summary>
    private static List<(uint Key, ushort[] Classes, float[] Weights)> RandomRows(int seed, int rowCount, bool halves)
    {
        var random = new Random(seed);
        var rows = new List<(uint, ushort[], float[])>();
        for (var r = 0; r < rowCount; r++)
        {
            var classes = Enumerable.Range(0, Classes).Select(c => (ushort)c).OrderBy(_ => random.Next()).Take(1 + (r % Classes)).ToArray();
            var weights = classes.Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))).ToArray();
            if (halves)
            {
                weights = [.. weights.Select(w => (float)(Half)w)];
            }

            rows.Add(((uint)(r * 2), classes, weights));
        }

        return rows;
    }

    private static WeightTable Build(List<(uint Key, ushort[] Classes, float[] Weights)> rows)
    {
        var starts = new List<int> { 0 };
        foreach (var row in rows)
        {
            starts.Add(starts[^1] + row.Classes.Length);
        }

        return new WeightTable(Classes, [.. rows.Select(r => r.Key)], [.. starts], [.. rows.SelectMany(r => r.Classes)], [.. rows.SelectMany(r => r.Weights)]);
    }
}
