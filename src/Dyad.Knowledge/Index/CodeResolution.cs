namespace Dyad.Knowledge.Index;

/// <summary>How an actor mention got its code; <c>dyad explain</c> shows it.</summary>
public enum CodeResolution
{
    /// <summary>A country's name or adjective alone ("Kyrgyz" → KGZ).</summary>
    Country,

    /// <summary>An organisation's name or acronym.</summary>
    Organisation,

    /// <summary>A person's role on the story date.</summary>
    PersonRole,

    /// <summary>A known person with no role on the story date: recognised, not coded.</summary>
    PersonWithoutRole,

    /// <summary>Country + agent ("Russian military" → RUSMIL).</summary>
    CountryAgent,

    /// <summary>Title + country before a name not in the knowledge ("Kyrgyz President Sadyr Japarov" → KGZGOV).</summary>
    TitleFallback,

    /// <summary>"his Kyrgyz counterpart": the country is known; the sector is that of the counterpart, which the caller supplies.</summary>
    Counterpart,

    /// <summary>An agent with no country ("protesters" → CVL).</summary>
    AgentOnly,

    /// <summary>A PETRARCH dictionary actor, with its date restrictions applied.</summary>
    Dictionary,

    /// <summary>A capital standing for its government, where an event pattern says so ("Moscow said").</summary>
    CapitalForGovernment,

    /// <summary>A capital standing for its country as the host of a meeting ("Ashgabat hosts talks" → TKM).</summary>
    CapitalForCountry,
}
