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
            errors.WriteLine(FinanceText.Format("Show_NoDatabase", databasePath));
            return PayrollRunner.Failure;
        }
        var store = Database.Open(databasePath, time, busyTimeoutSeconds, errors);
        if (store.Runs.FindRun(period) is null)
        {
            errors.WriteLine(FinanceText.Format("Show_NoRun", period));
            return PayrollRunner.Failure;
        }
        var files = store.RuleSnapshots.Read(period);
        if (files.Count == 0)
        {
            errors.WriteLine(FinanceText.Format("Show_NoSnapshot", period));
            return PayrollRunner.Failure;
        }
        if (outFolder is null)
        {
            Print(files);
            return files.All(f => f.Intact) ? PayrollRunner.Ok : PayrollRunner.Failure;
        }
        if (Directory.Exists(outFolder) && Directory.EnumerateFileSystemEntries(outFolder).Any())
        {
            errors.WriteLine(FinanceText.Format("Show_FolderNotEmpty", outFolder, period));
            return PayrollRunner.Failure;
        }
        try
        {
            var (plan, rules) = RuleSnapshot.WriteTo(files, outFolder);
            output.WriteLine(FinanceText.Format("Show_Written", period, files.Count, outFolder));
            foreach (var f in files) output.WriteLine($"  {f.Path}  {f.Sha256}  {FinanceText.Format("Show_Bytes", f.Content.Length)}");
            output.WriteLine(FinanceText.Format("Show_PlanAndFolder", Path.GetRelativePath(Directory.GetCurrentDirectory(), plan), Path.GetRelativePath(Directory.GetCurrentDirectory(), rules)));
            return PayrollRunner.Ok;
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine(FinanceText.Format("Show_CannotWrite", period));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
    }

    private void Print(IReadOnlyList<StoredRuleFile> files)
    {
        output.WriteLine(FinanceText.Format("Show_FileCount", files.Count));
        foreach (var f in files)
            output.WriteLine($"  {f.Path}  {f.Kind}  {f.Sha256}  {FinanceText.Format("Show_Bytes", f.Content.Length)}{(f.Intact ? "" : FinanceText.Get("Show_Changed"))}");
        foreach (var f in files)
        {
            output.WriteLine();
            output.WriteLine(FinanceText.Format("Show_FileHeader", f.Path, f.Sha256, f.Content.Length));
            var text = Encoding.UTF8.GetString(f.Content);
            output.Write(text);
            if (!text.EndsWith('\n')) output.WriteLine();
        }
    }
}
