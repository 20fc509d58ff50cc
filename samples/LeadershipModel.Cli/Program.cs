using LeadershipModel.Cli;
using LeadershipModel.Cli.Infrastructure;

return await CliApp.RunAsync(args, CliConsole.System).ConfigureAwait(false);
