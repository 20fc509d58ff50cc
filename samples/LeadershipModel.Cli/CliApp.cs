using System.CommandLine;
using LeadershipModel.Cli.Commands;
using LeadershipModel.Cli.Infrastructure;

namespace LeadershipModel.Cli;

/// <summary>The <c>leadership</c> command line.</summary>
internal static class CliApp
{
    public static RootCommand Create(CliConsole console)
    {
        var score = ScoreCommand.Create(console);
        var root = new RootCommand("""
            leadership: score management and leadership assessments, report profiles and 360 feedback, and
            analyse reliability as R psych does. Run with no arguments to score the bundled sample.

            Examples:
              leadership                                   score the bundled 360 sample and print the report
              leadership score data.csv --format html --out report.html
              leadership feedback samples/data/sample-360.csv --target T1
              leadership reliability data.csv --scale lead=L1,L2,-L3
              leadership simulate --people 50 --seed 7 --out sample.csv
              leadership instrument show canonical-short
              leadership change pre.csv post.csv --reliability sample --format html --out change.html
              leadership team report samples/data/sample-360.csv
              leadership consent simulate --scenario withdrawal --format html --out consent.html
            """);
        root.Subcommands.Add(score);
        root.Subcommands.Add(FeedbackCommand.Create(console));
        root.Subcommands.Add(ReliabilityCommand.Create(console));
        root.Subcommands.Add(InstrumentCommand.Create(console));
        root.Subcommands.Add(SimulateCommand.Create(console));
        root.Subcommands.Add(NormsCommand.Create(console));
        root.Subcommands.Add(ChangeCommand.Create(console));
        root.Subcommands.Add(TeamCommand.Create(console));
        root.Subcommands.Add(ConsentCommand.Create(console));
        root.SetAction((parse, cancellationToken) => ScoreCommand.RunDefaultAsync(console, cancellationToken));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = Create(console);
        var parse = root.Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }).ConfigureAwait(false);
    }
}
