namespace Dyad.Knowledge.Dyad;

/// <summary>What one kind of Dyad knowledge file allows: its kind name, version, labels, and whether entries carry <c>-&gt; result</c>.</summary>
internal sealed record RecordFileSchema(string Kind, int Version, IReadOnlySet<string> Required, IReadOnlySet<string> Optional, bool HasResult)
{
    /// <summary>Fields that, with the key, make an entry unique (a place name may recur in another country).</summary>
    public IReadOnlyList<string> IdentityFields { get; init; } = [];
}
