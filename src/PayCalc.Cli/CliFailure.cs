using System.Globalization;
using PayCalc.Application;
using PayCalc.Rules.Model;
using PayCalc.Storage;

namespace PayCalc.Cli;

/// <summary>
/// Turns a failure that reached the top of a command into one line for the user. Expected failures (a file that is
/// not there or cannot be written, a database that is not PayCalc's or is busy, a bad option) say what happened and
/// what to do; anything else says it is unexpected and where its details are. Stack traces go only to the log file
/// (and to the console with <c>--verbose</c>); the log never holds pay amounts (exception messages name files and codes).
/// </summary>
public static class CliFailure
{
    /// <summary>Prints the failure, logs unexpected ones, and returns the exit code (1).</summary>
    public static int Report(Exception e, TextWriter errors, string logFile, bool verbose, IReadOnlyList<string> args)
    {
        if (Expected(e) is { } line)
        {
            errors.WriteLine("paycalc: " + line);
            if (verbose) errors.WriteLine(e);
            return PayrollRunner.Failure;
        }
        var logged = Log(e, logFile, args);
        errors.WriteLine("paycalc: " + (logged is null
            ? Messages.Format("Cli_UnexpectedNoLog", e.GetType().Name, Innermost(e))
            : Messages.Format("Cli_Unexpected", e.GetType().Name, Innermost(e), logged)));
        if (verbose) errors.WriteLine(e);
        return PayrollRunner.Failure;
    }

    /// <summary>The one line for a failure the user can act on, or null when it is unexpected.</summary>
    public static string? Expected(Exception e) => e switch
    {
        DatabaseUnusableException or DatabaseBusyException or RunChangedException or PeriodClosedException
            or PeriodTransitionException or PeriodOutOfDateException => e.Message,
        RuleLoadException r => Messages.Format("Cli_RulesNotLoaded", string.Join("; ", r.Errors)),
        BadOptionException => e.Message,
        _ when PayrollDatabase.IsBusy(e) => Messages.Get("Cli_DatabaseBusy"),
        FileNotFoundException f => Messages.Format("Cli_FileNotFound", f.FileName ?? Innermost(e)),
        DirectoryNotFoundException => Messages.Format("Cli_FolderNotFound", Innermost(e)),
        UnauthorizedAccessException => Messages.Format("Cli_PermissionDenied", Innermost(e)),
        PathTooLongException => Messages.Format("Cli_PathTooLong", Innermost(e)),
        IOException => Messages.Format("Cli_IoError", Innermost(e)),
        _ => null,
    };

    /// <summary>The message of the innermost exception (the one that says what really happened).</summary>
    public static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }

    /// <summary>Appends the failure with its stack trace to the log file; returns its full path, or null if it cannot be written.</summary>
    private static string? Log(Exception e, string logFile, IReadOnlyList<string> args)
    {
        try
        {
            var path = Path.GetFullPath(logFile);
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.AppendAllText(path,
                $"{DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)} paycalc {string.Join(' ', args)}{Environment.NewLine}{e}{Environment.NewLine}{Environment.NewLine}");
            return path;
        }
        catch (Exception logError) when (logError is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
