namespace Dyad.Core.Stories;

/// <summary>How the text presents an event: as a fact, an intention or future act, a possibility, or a demand.</summary>
public enum Modality
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,

    /// <summary>Announced, planned, agreed or promised for the future ("will visit", "agreed to send").</summary>
    Intended,

    /// <summary>Conditional or possible ("could", "if", "may").</summary>
    Hypothetical,
}
