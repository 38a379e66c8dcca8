namespace Dyad.Events.Evaluation;

/// <summary>A gold record that could not be read, at <c>path:line</c>; the record is left out and the others are read.</summary>
public sealed record GoldProblem(string Path, long Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
