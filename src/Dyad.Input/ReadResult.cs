using Dyad.Core.Errors;
using Dyad.Core.Stories;

namespace Dyad.Input;

/// <summary>One record read from the input: a story, or the error that stopped it from being one.</summary>
public readonly record struct ReadResult
{
    private ReadResult(Story? story, RecordError? error)
    {
        Story = story;
        Error = error;
    }

    public Story? Story { get; }

    public RecordError? Error { get; }

    public static ReadResult Of(Story story) => new(story, null);

    public static ReadResult Of(RecordError error) => new(null, error);
}
