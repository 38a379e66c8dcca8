using System.Text;
using Dyad.Core.Errors;
using Dyad.Core.Stories;
using Dyad.Input.Lines;

namespace Dyad.Input.Formats;

/// <summary>Reads a whole file as one story, dated by the reader options (or later by its dateline).</summary>
public static class PlainTextReader
{
    public static IEnumerable<ReadResult> Read(StoryFile file, IEnumerable<RawLine> lines)
    {
        var text = new StringBuilder();
        long firstLine = 0;
        foreach (var line in lines)
        {
            if (line.Text is null)
            {
                yield return ReadResult.Of(file.LineError(line, file.IdStem));
                yield break;
            }

            if (firstLine == 0)
            {
                firstLine = line.Number;
            }

            if (text.Length + line.Text.Length + 1 > file.Options.MaxRecordBytes)
            {
                yield return ReadResult.Of(file.Error(
                    firstLine,
                    file.IdStem,
                    ErrorCodes.TooLarge,
                    $"story is over the {file.Options.MaxRecordBytes:N0}-character limit; split it into several files"));
                yield break;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line.Text);
        }

        var story = text.ToString().TrimEnd();
        if (story.Length == 0)
        {
            yield return ReadResult.Of(file.Error(0, file.IdStem, ErrorCodes.Empty, "file has no text"));
            yield break;
        }

        yield return ReadResult.Of(new Story
        {
            Id = file.IdStem,
            Date = file.Options.DefaultDate,
            Text = story,
            Origin = new RecordOrigin(file.Path, firstLine),
        });
    }
}
