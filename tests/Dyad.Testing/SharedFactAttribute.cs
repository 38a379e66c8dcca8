using Xunit;

namespace Dyad.Testing;

/// <summary>A fact that needs files under ../shared; it is skipped, naming the first missing one, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] requiredPaths)
    {
        RequiredPaths = requiredPaths;
        var missing = requiredPaths.FirstOrDefault(p => !SharedData.Exists(p));
        if (missing is not null)
        {
            Skip = $"needs ../shared/{missing}, which is absent";
        }
    }

    public IReadOnlyList<string> RequiredPaths { get; }
}
