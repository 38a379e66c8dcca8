namespace Dyad.Knowledge.Petrarch;

/// <summary>Where an agent code goes relative to the actor code it qualifies.</summary>
public enum AgentCodePlacement
{
    /// <summary><c>[~GOV]</c>: after the actor code (RUS + GOV = RUSGOV).</summary>
    AfterActor,

    /// <summary><c>[NGO~]</c>: before the actor code, used for organisations.</summary>
    BeforeActor,
}
