using System.Collections.Immutable;

namespace Dyad.Core.Stories;

/// <summary>
/// One news story. It owns the text; every annotation is an offset range into <see cref="Text"/>.
/// Readers fill the identity, date and text; the text stage adds the dateline, sentences and tokens.
/// </summary>
public sealed record Story
{
    public required string Id { get; init; }

    /// <summary>The publication date given with the story, if any.</summary>
    public DateOnly? Date { get; init; }

    public required string Text { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>
    /// Where the story's body starts in <see cref="Text"/>: after a title and lead the reader put first, else 0.
    /// A dateline is looked for here.
    /// </summary>
    public int BodyStart { get; init; }

    public RecordOrigin Origin { get; init; }

    public Dateline? Dateline { get; init; }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>The syntax of each token, parallel to <see cref="Tokens"/>.</summary>
    public ImmutableArray<TokenSyntax> Syntax { get; init; } = [];

    /// <summary>The actor mentions found in the sentences, in text order.</summary>
    public ImmutableArray<Actor> Actors { get; init; } = [];

    /// <summary>The date expressions of the sentences, resolved against the story date, in text order.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>The coded events, in text order.</summary>
    public ImmutableArray<CodedEvent> Events { get; init; } = [];

    /// <summary>The places named in the sentences, in text order.</summary>
    public ImmutableArray<PlaceMention> Places { get; init; } = [];

    /// <summary>The place the dateline names, resolved like <see cref="Places"/>; null when there is none or it is unknown.</summary>
    public ResolvedPlace? DatelinePlace { get; init; }

    /// <summary>Direct and indirect quotes, in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>The named agreements and treaties, in text order.</summary>
    public ImmutableArray<AgreementMention> Agreements { get; init; } = [];

    /// <summary>The text of each token of <paramref name="sentence"/>, in order: what the syntax and actor stages read.</summary>
    public string[] Words(Sentence sentence)
    {
        var words = new string[sentence.TokenCount];
        for (var t = 0; t < words.Length; t++)
        {
            words[t] = Tokens[sentence.FirstToken + t].ToString(Text);
        }

        return words;
    }

    /// <summary>The agency that filed the story, from its dateline.</summary>
    public string? Source => Dateline?.Agency;

    /// <summary>The story date, else the date its dateline resolves to.</summary>
    public DateOnly? EffectiveDate => Date ?? Dateline?.Date;
}
