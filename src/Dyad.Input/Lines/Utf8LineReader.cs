using System.Text;
using System.Text.Unicode;

namespace Dyad.Input.Lines;

/// <summary>
/// Reads a stream line by line as strict UTF-8 in bounded memory: a byte-order mark at the start is skipped,
/// a line longer than the limit is skipped to its end (never held whole) and reported, and a line with invalid
/// UTF-8 or NUL bytes is reported instead of decoded.
/// </summary>
public sealed class Utf8LineReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer = new byte[BufferSize];
    private byte[] _line = new byte[256];
    private int _bufferStart;
    private int _bufferEnd;
    private long _lineNumber;
    private bool _atStart = true;
    private bool _endOfStream;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>Whether the stream starts with a UTF-16 or UTF-32 byte-order mark (set after the first read).</summary>
    public bool StartsWithUtf16Mark { get; private set; }

    public bool TryRead(out RawLine line)
    {
        var length = 0;
        long total = 0;
        var sawAny = false;
        while (true)
        {
            if (_bufferStart == _bufferEnd && !Fill())
            {
                if (!sawAny)
                {
                    line = default;
                    return false;
                }

                break;
            }

            sawAny = true;
            var available = _buffer.AsSpan(_bufferStart, _bufferEnd - _bufferStart);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            total += chunk.Length;
            if (total <= _maxLineBytes)
            {
                Append(chunk, ref length);
            }

            _bufferStart += chunk.Length;
            if (newline >= 0)
            {
                _bufferStart++;
                break;
            }
        }

        _lineNumber++;
        line = Decode(length, total);
        return true;
    }

    private RawLine Decode(int length, long total)
    {
        if (total > _maxLineBytes)
        {
            return new RawLine(_lineNumber, null, LineProblem.TooLong, total);
        }

        var bytes = _line.AsSpan(0, length);
        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.Contains((byte)0))
        {
            return new RawLine(_lineNumber, null, LineProblem.Binary, total);
        }

        if (!Utf8.IsValid(bytes))
        {
            return new RawLine(_lineNumber, null, LineProblem.NotUtf8, total);
        }

        return new RawLine(_lineNumber, Encoding.UTF8.GetString(bytes), LineProblem.None, total);
    }

    private void Append(ReadOnlySpan<byte> chunk, ref int length)
    {
        if (length + chunk.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, length + chunk.Length));
        }

        chunk.CopyTo(_line.AsSpan(length));
        length += chunk.Length;
    }

    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        _bufferStart = 0;
        _bufferEnd = 0;
        while (_bufferEnd < 4)
        {
            var read = _stream.Read(_buffer, _bufferEnd, _buffer.Length - _bufferEnd);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }

            _bufferEnd += read;
            if (!_atStart)
            {
                break;
            }
        }

        if (_atStart)
        {
            _atStart = false;
            SkipByteOrderMark();
        }

        return _bufferEnd > _bufferStart;
    }

    private void SkipByteOrderMark()
    {
        var start = _buffer.AsSpan(0, _bufferEnd);
        if (start.StartsWith("\uFEFF"u8))
        {
            _bufferStart = 3;
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            StartsWithUtf16Mark = true;
        }
    }
}
