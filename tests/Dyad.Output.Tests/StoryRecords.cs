using System.Text;
using Dyad.Core.Stories;
using Dyad.Knowledge.Codes;

namespace Dyad.Output.Tests;

/// <summary>Writes one story record to a string, as <c>dyad code --stories</c> would.</summary>
internal static class StoryRecords
{
    public static string Write(Story story)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StoryRecordWriter(buffer, CameoEventTable.Empty))
        {
            writer.Write(story);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
