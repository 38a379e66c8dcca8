using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// One gold record: the text to code (a sentence, or a short story), its date, the events expected from it (none
/// for a record that must code nothing), and where it was read (<see cref="Line"/> of <see cref="Path"/>).
/// <see cref="StoryId"/> names the corpus story the text comes from, when it is a sentence of one.
/// </summary>
public sealed record GoldItem(string Id, string Category, DateOnly? Date, string Text, ImmutableArray<GoldEvent> Events)
{
    public string? StoryId { get; init; }

    public string Path { get; init; } = "";

    public long Line { get; init; }
}
