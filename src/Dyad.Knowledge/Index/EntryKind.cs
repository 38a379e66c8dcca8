namespace Dyad.Knowledge.Index;

/// <summary>What a phrase in the index names; when one phrase names several, the lower value wins.</summary>
internal enum EntryKind
{
    Person,
    Named,
    Organisation,
    Country,
    Agent,
}
