return PayCalc.Cli.CliApp.Run(args);
