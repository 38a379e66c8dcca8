namespace Dyad.Input.Lines;

/// <summary>Why a line could not be decoded.</summary>
public enum LineProblem
{
    None,
    TooLong,
    NotUtf8,
    Binary,
}

/// <summary>
/// One line of an input file, without its line break. <see cref="Text"/> is null when <see cref="Problem"/> says
/// why it could not be read; <see cref="ByteLength"/> is its length in the file either way.
/// </summary>
public readonly record struct RawLine(long Number, string? Text, LineProblem Problem, long ByteLength);
