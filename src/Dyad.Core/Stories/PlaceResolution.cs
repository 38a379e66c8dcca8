namespace Dyad.Core.Stories;

/// <summary>How a place name was resolved when the knowledge may hold more than one place by that name.</summary>
public enum PlaceResolution
{
    /// <summary>Only one known place has the name.</summary>
    Unique,

    /// <summary>Several have it; the one in a country of the story's actors or dateline was taken.</summary>
    StoryCountry,

    /// <summary>Several have it and the story does not decide; the most prominent kind (capital first) was taken.</summary>
    Prominence,
}
