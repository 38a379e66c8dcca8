using Dyad.Cli;

return CommandLine.Run(args, CliContext.FromConsole());
