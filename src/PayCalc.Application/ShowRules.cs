using System.Text;
using PayCalc.Domain;
using PayCalc.Rules.Model;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc rules show</c>: the rule files a stored month was computed with (its snapshot), printed (path, SHA-256,
/// size, then the content) or written to a folder with their paths relative to the rules folder, so the plan loads from
/// there as it did for the month. Exit codes: 0, 1 nothing to show or the folder cannot be used.
/// </summary>
public sealed class ShowRules(TextWriter output, TextWriter errors, TimeProvider time)
{
    public int Show(string databasePath, Period period, string? outFolder, int busyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds)
    {
        if (!File.Exists(databasePath))
        {
            errors.WriteLine($"No database at {databasePath}: no month has been run yet (give --db, or run `paycalc run` first).");
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        if (store.Runs.FindRun(period) is null)
        {
            errors.WriteLine($"{period} has no stored run.");
            return PayrollRunner.Failure;
        }
        var files = store.RuleSnapshots.Read(period);
        if (files.Count == 0)
        {
            errors.WriteLine($"{period} was stored before rule snapshots (schema 5): the database does not hold the rules it was computed with.");
            return PayrollRunner.Failure;
        }
        if (outFolder is null)
        {
            Print(files);
            return files.All(f => f.Intact) ? PayrollRunner.Ok : PayrollRunner.Failure;
        }
        if (Directory.Exists(outFolder) && Directory.EnumerateFileSystemEntries(outFolder).Any())
        {
            errors.WriteLine($"{outFolder} is not empty: give an empty or new folder for the rules of {period}.");
            return PayrollRunner.Failure;
        }
        try
        {
            var (plan, rules) = RuleSnapshot.WriteTo(files, outFolder);
            output.WriteLine($"Rules of {period}: {files.Count} file(s) written to {outFolder}.");
            foreach (var f in files) output.WriteLine($"  {f.Path}  {f.Sha256}  {f.Content.Length:N0} bytes");
            output.WriteLine($"  plan {Path.GetRelativePath(Directory.GetCurrentDirectory(), plan)}, rules folder {Path.GetRelativePath(Directory.GetCurrentDirectory(), rules)}");
            return PayrollRunner.Ok;
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine($"The rules of {period} cannot be written:");
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
    }

    private void Print(IReadOnlyList<StoredRuleFile> files)
    {
        output.WriteLine($"{files.Count} rule file(s):");
        foreach (var f in files)
            output.WriteLine($"  {f.Path}  {f.Kind}  {f.Sha256}  {f.Content.Length:N0} bytes{(f.Intact ? "" : "  CHANGED IN THE DATABASE (does not match its SHA-256)")}");
        foreach (var f in files)
        {
            output.WriteLine();
            output.WriteLine($"==> {f.Path} (sha256 {f.Sha256}, {f.Content.Length:N0} bytes) <==");
            var text = Encoding.UTF8.GetString(f.Content);
            output.Write(text);
            if (!text.EndsWith('\n')) output.WriteLine();
        }
    }
}
