using Spectre.Console;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Where the command writes: results to stdout, messages and progress to stderr.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = new SafeTextWriter(error);
        Interactive = interactive;
        Out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        Err = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Out.Profile.Width = 160;
        }
    }

    public static CliConsole System { get; } = new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Gets a value indicating whether stdout is a terminal (colour and width).</summary>
    public bool Interactive { get; }

    /// <summary>Gets a value indicating whether stderr is a terminal, so that a progress bar may be drawn there.</summary>
    public bool ProgressAllowed => Interactive && !Console.IsErrorRedirected;

    public IAnsiConsole Out { get; }

    public IAnsiConsole Err { get; }

    public void WriteError(string message) => Error.WriteLine("error: " + CliWording.ForUser(message));

    public void WriteWarning(string message) => Error.WriteLine("warning: " + CliWording.ForUser(message));

    public void WriteInfo(string message) => Error.WriteLine(CliWording.ForUser(message));
}
