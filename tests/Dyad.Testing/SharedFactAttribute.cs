using Xunit;

namespace Dyad.Testing;

/// <summary>A fact that needs files under ../shared; it is skipped, naming the first missing one, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] requiredPaths)
    {
        RequiredPaths = requiredPaths;
        Skip = SharedData.SkipReason(requiredPaths);
    }

    public IReadOnlyList<string> RequiredPaths { get; }
}
