using Dyad.Coding;
using Dyad.Core.Pipeline;
using Dyad.Knowledge.Index;
using Dyad.Syntax;

namespace Dyad.Cli.Commands;

/// <summary>Loads the knowledge the user chose and the shipped syntax model into the stages of <c>dyad code</c>.</summary>
internal static class CodingStageLoader
{
    /// <summary>
    /// The stages for a run with <c>--dictionaries</c> <paramref name="dictionaries"/> (null: the bundled knowledge
    /// alone). Throws <see cref="KnowledgeUnusableException"/> when the knowledge has errors or the model cannot be read.
    /// </summary>
    public static IReadOnlyList<IStoryStage> Load(string? dictionaries)
    {
        var (knowledge, errors) = ActorIndexSource.LoadKnowledge(BundledKnowledge.Folder, dictionaries);
        if (knowledge is null)
        {
            throw new KnowledgeUnusableException(dictionaries ?? BundledKnowledge.Folder, errors.Select(e => e.ToString()).ToList());
        }

        return CodingStages.Build(knowledge, LoadSyntaxModel());
    }

    private static SyntaxModel LoadSyntaxModel()
    {
        try
        {
            return SyntaxModel.Load(SyntaxModelFiles.Installed);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new KnowledgeUnusableException($"the syntax model {SyntaxModelFiles.Installed} cannot be read", $"{e.Message}; rebuild with 'dotnet build' or retrain with 'dyad train syntax'");
        }
    }
}
