namespace Dyad.Syntax.Parsing;

/// <summary>
/// The parser's classes: arc-eager moves, the arc moves one per relation. Class 0 shifts, 1 reduces,
/// 2 + r attaches the stack top to the buffer front with relation r (left arc), 2 + R + r the buffer front to the
/// stack top (right arc).
/// </summary>
internal readonly record struct Moves(int RelationCount)
{
    public const int Shift = 0;
    public const int Reduce = 1;

    public int Count => 2 + (2 * RelationCount);

    public static int Left(int relation) => 2 + relation;

    public int Right(int relation) => 2 + RelationCount + relation;

    public bool IsLeft(int move) => move >= 2 && move < 2 + RelationCount;

    public bool IsRight(int move) => move >= 2 + RelationCount;

    public int RelationOf(int move) => IsLeft(move) ? move - 2 : move - 2 - RelationCount;
}
