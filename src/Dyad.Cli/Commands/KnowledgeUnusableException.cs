namespace Dyad.Cli.Commands;

/// <summary>Knowledge that cannot be coded with; the problems are <c>file:line</c> messages.</summary>
internal sealed class KnowledgeUnusableException(string folder, IReadOnlyList<string> problems)
    : Exception($"the knowledge in {folder} has {problems.Count} error(s); run 'dyad knowledge check {folder}' for all of them")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
