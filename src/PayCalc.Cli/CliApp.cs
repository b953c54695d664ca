namespace PayCalc.Cli;

/// <summary>Composition root of the command line.</summary>
public static class CliApp
{
    public static int Run(string[] args) => args.Length == 0 ? 1 : 0;
}
