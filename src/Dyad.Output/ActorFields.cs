using System.Text.Json;
using Dyad.Core.Stories;

namespace Dyad.Output;

/// <summary>
/// The fields every written actor has, in event roles and in the story's <c>actors</c> list alike: its text and
/// offsets, code, country, sector and name.
/// </summary>
internal static class ActorFields
{
    public static void Write(Utf8JsonWriter writer, Story story, Actor actor)
    {
        writer.WriteString("text", story.Text.AsSpan(actor.Start, actor.End - actor.Start));
        writer.WriteNumber("start", actor.Start);
        writer.WriteNumber("end", actor.End);
        writer.WriteString("code", actor.Code);
        writer.WriteString("country", actor.Country);
        writer.WriteString("sector", actor.Sector);
        writer.WriteString("name", actor.Name);
    }
}
