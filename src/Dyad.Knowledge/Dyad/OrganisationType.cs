namespace Dyad.Knowledge.Dyad;

/// <summary>The kinds of organisation the organisations file knows.</summary>
public enum OrganisationType
{
    Igo,
    Ngo,
    ArmedGroup,
    Company,
    Media,
}
