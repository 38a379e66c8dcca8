using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch;

/// <summary>
/// A discard-list phrase: a sentence containing it is not coded, or the whole story when <see cref="WholeStory"/>
/// (<c>+</c>). <see cref="WholeWord"/> (trailing <c>_</c>) requires a blank or punctuation after the last word;
/// otherwise the last word is a stem.
/// </summary>
public sealed record PetrarchDiscardEntry(string Phrase, bool WholeStory, bool WholeWord, SourceLocation Source);
