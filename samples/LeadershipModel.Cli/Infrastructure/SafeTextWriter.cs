using System.Text;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>A writer for stderr that passes every string through <see cref="TerminalText.Safe"/>.</summary>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base setter accepts null; so does the inner writer's.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(value == '\n' || value == '\r' ? value.ToString() : TerminalText.Safe(value.ToString()));

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Safe(value.Replace(inner.NewLine, "\n", StringComparison.Ordinal)).Replace("\n", inner.NewLine, StringComparison.Ordinal));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
