namespace Dyad.Cli.Commands;

/// <summary>Knowledge or a model that cannot be coded with; the problems are <c>file:line</c> messages.</summary>
internal sealed class KnowledgeUnusableException : Exception
{
    public KnowledgeUnusableException(string folder, IReadOnlyList<string> problems)
        : base($"the knowledge in {folder} has {problems.Count} error(s); run 'dyad knowledge check {folder}' for all of them") =>
        Problems = problems;

    public KnowledgeUnusableException(string message, string problem)
        : base(message) =>
        Problems = [problem];

    public IReadOnlyList<string> Problems { get; }
}
