namespace Dyad.Core.Stories;

/// <summary>Where an agreement stands on the story date, as the text or the knowledge tells.</summary>
public enum AgreementStatus
{
    /// <summary>Being prepared or intended ("developing a memorandum", "will sign").</summary>
    Planned,

    /// <summary>Being negotiated ("talks on a treaty").</summary>
    UnderNegotiation,

    /// <summary>Signed ("signed", "concluded"), and not known to be in force; written <c>signed</c> in records.</summary>
    Concluded,

    /// <summary>In force, or applied ("as part of", "compliance with").</summary>
    InForce,
}
