using PayCalc.Domain.Inputs;
using PayCalc.Files.Import;
using PayCalc.Rules.Compilation;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// For runs stored before schema 4, which lacks them (<see cref="StoredInputs.NotStoredBeforeSchema4"/>): the ytd opening balances and the
/// roster's tax flags and contract term of a stored run, read from the run's input folder (setting
/// <c>input_folder</c>) when its agents and ytd files still have the SHA-256 the run recorded - then they are
/// exactly what the run imported. Otherwise the stored input is used without them, and a warning says so, in the UI language
/// (<see cref="LedgerText"/>: <c>Recompute_NotStoredInputs</c> names, in words, what <see cref="StoredInputs.NotStoredBeforeSchema4"/> lists).
/// </summary>
internal static class NotStoredInputs
{
    private static readonly string[] Kinds = ["agents", "ytd"];

    /// <summary>The stored input completed from the run's files, and a warning when that was not possible (else null).</summary>
    public static (PayrollInput Input, string? Missing) AddFromRunFolder(PayrollInput stored, StoredRun run, CompiledPlan plan, ImportOptions options)
    {
        var folder = run.Settings.GetValueOrDefault("input_folder");
        var files = run.InputFiles.Where(f => Kinds.Contains(f.Kind)).ToList();
        if (folder is null || !files.All(f => Unchanged(folder, f)))
            return (stored, LedgerText.Format("Recompute_FilesGone", folder ?? LedgerText.Get("Recompute_FolderNotRecorded"), LedgerText.Get("Recompute_NotStoredInputs")));
        var import = MonthComputation.Import(plan, folder, stored.Period, options);
        if (import.Errors.Count > 0)
            return (stored, LedgerText.Format("Recompute_FilesNotClean", folder, LedgerText.Get("Recompute_NotStoredInputs")));
        var roster = import.Input.Agents.GroupBy(a => a.AgentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var agents = stored.Agents.Select(a => roster.TryGetValue(a.AgentId, out var read)
            ? a with { FirstWageIncomeOfYear = read.FirstWageIncomeOfYear, PriorYearLowIncome = read.PriorYearLowIncome, ContractTermMonths = read.ContractTermMonths }
            : a).ToList();
        return (stored with { Agents = agents, YtdBalances = import.Input.YtdBalances }, null);
    }

    private static bool Unchanged(string folder, InputFile file)
    {
        var path = Path.Combine(folder, file.Path);
        return File.Exists(path) && RunOutputs.Sha256(path) == file.Sha256;
    }
}
