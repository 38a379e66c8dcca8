namespace Dyad.Core.Conllu;

/// <summary>A malformed CoNLL-U line; the message names the file and line.</summary>
public sealed class ConlluFormatException : Exception
{
    public ConlluFormatException(string path, long line, string problem)
        : base($"{path}:{line}: {problem}")
    {
        Path = path;
        Line = line;
    }

    public ConlluFormatException()
    {
        Path = "";
    }

    public ConlluFormatException(string message)
        : base(message)
    {
        Path = "";
    }

    public ConlluFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
    }

    public string Path { get; }

    public long Line { get; }
}
