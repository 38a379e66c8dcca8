using System.Text;

namespace Dyad.Cli.Tests;

/// <summary>Runs <c>dyad</c> in-process with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] arguments) => Of(arguments, "");

    public static CliRun Of(string[] arguments, string standardInput)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var stdout = new MemoryStream();
        var context = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), () => new NonClosing(stdout));
        var code = CommandLine.Run(arguments, context);
        return new CliRun(code, output + Encoding.UTF8.GetString(stdout.ToArray()), error.ToString());
    }

    /// <summary>Keeps the captured standard output readable after the command disposes its writer.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
