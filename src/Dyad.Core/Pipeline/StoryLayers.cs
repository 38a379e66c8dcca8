namespace Dyad.Core.Pipeline;

/// <summary>The names of the story layers that stages require and provide.</summary>
public static class StoryLayers
{
    /// <summary>The text, id and date a reader gives; every story has it.</summary>
    public const string Text = "text";

    public const string Dateline = "dateline";

    public const string Sentences = "sentences";

    public const string Tokens = "tokens";

    public const string Syntax = "syntax";

    public const string Dates = "dates";

    public const string Actors = "actors";

    public const string Coreference = "coreference";

    public const string Events = "events";

    /// <summary>Place mentions and the dateline's place.</summary>
    public const string Places = "places";

    public const string Quotes = "quotes";

    public const string Agreements = "agreements";
}
