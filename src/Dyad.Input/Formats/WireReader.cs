using System.Text;
using Dyad.Core.Errors;
using Dyad.Core.Stories;
using Dyad.Input.Lines;

namespace Dyad.Input.Formats;

/// <summary>
/// Reads wire stories: a line "date YYYY-MM-DD" opens a story whose text starts on the same line; the
/// following lines are its paragraphs, up to the next date line. A story that cannot be read is reported and its
/// lines skipped; the next date line starts afresh.
/// </summary>
public static class WireReader
{
    public static IEnumerable<ReadResult> Read(StoryFile file, IEnumerable<RawLine> lines)
    {
        var story = new StoryBuilder(file);
        var orphanReported = false;
        var index = 0;
        foreach (var line in lines)
        {
            if (line.Problem == LineProblem.Binary)
            {
                yield return ReadResult.Of(file.LineError(line, null));
                yield break;
            }

            if (line.Text is not null && WireDateLine.TryParse(line.Text, out var dateLine))
            {
                if (story.Finish() is { } finished)
                {
                    yield return finished;
                }

                index++;
                story.Start(line, dateLine, index);
                continue;
            }

            if (story.IsOpen)
            {
                story.Add(line);
            }
            else if (!orphanReported && (line.Text is null || !string.IsNullOrWhiteSpace(line.Text)))
            {
                orphanReported = true;
                yield return ReadResult.Of(file.Error(
                    line.Number,
                    null,
                    ErrorCodes.MissingDate,
                    "text before the first 'date YYYY-MM-DD' line; start each story with its date line"));
            }
        }

        if (story.Finish() is { } last)
        {
            yield return last;
        }
    }

    private sealed class StoryBuilder(StoryFile file)
    {
        private readonly StringBuilder _text = new();
        private long _firstLine;
        private string _id = "";
        private DateOnly? _date;
        private RecordError? _error;

        public bool IsOpen { get; private set; }

        public void Start(RawLine line, WireDateLine dateLine, int index)
        {
            IsOpen = true;
            _firstLine = line.Number;
            _id = index == 1 ? file.IdStem : $"{file.IdStem}-{index}";
            _date = dateLine.Date;
            _text.Clear();
            _error = dateLine.Date is null
                ? file.Error(line.Number, _id, ErrorCodes.InvalidDate, $"'{dateLine.DateText}' is not a date; write it as YYYY-MM-DD")
                : null;
            _text.Append(line.Text.AsSpan(dateLine.TextStart));
        }

        public void Add(RawLine line)
        {
            if (_error is not null)
            {
                return;
            }

            if (line.Text is null)
            {
                _error = file.LineError(line, _id);
                return;
            }

            if (_text.Length + line.Text.Length + 1 > file.Options.MaxRecordBytes)
            {
                _error = file.Error(
                    _firstLine,
                    _id,
                    ErrorCodes.TooLarge,
                    $"story is over the {file.Options.MaxRecordBytes:N0}-character limit; split it into several stories");
                _text.Clear();
                return;
            }

            _text.Append('\n').Append(line.Text);
        }

        public ReadResult? Finish()
        {
            if (!IsOpen)
            {
                return null;
            }

            IsOpen = false;
            if (_error is not null)
            {
                return ReadResult.Of(_error);
            }

            var text = _text.ToString().TrimEnd();
            if (text.Length == 0)
            {
                return ReadResult.Of(file.Error(_firstLine, _id, ErrorCodes.Empty, "story has a date line but no text"));
            }

            return ReadResult.Of(new Story
            {
                Id = _id,
                Date = _date,
                Text = text,
                Origin = new RecordOrigin(file.Path, _firstLine),
            });
        }
    }
}
