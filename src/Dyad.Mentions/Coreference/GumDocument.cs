using System.Collections.Immutable;
using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// A GUM document rebuilt as raw text (each sentence's "# text", joined by a space, or a newline where a paragraph
/// opens), dated by its "meta::dateCreated", with its gold entity mentions in text order.
/// </summary>
public sealed record GumDocument(string Id, DateOnly? Date, string Text, ImmutableArray<GumMention> Mentions)
{
    /// <summary>The document as a story for the pipeline, before any stage has run.</summary>
    public Story ToStory() => new() { Id = Id, Date = Date, Text = Text };
}
