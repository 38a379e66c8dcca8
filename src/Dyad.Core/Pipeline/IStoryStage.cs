using Dyad.Core.Stories;

namespace Dyad.Core.Pipeline;

/// <summary>
/// One named step of the pipeline. It reads the story layers it <see cref="Requires"/> and returns the story
/// with the layers it <see cref="Provides"/>. Stages are immutable and safe to share between threads.
/// </summary>
public interface IStoryStage
{
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Provides { get; }

    Story Process(Story story);
}
