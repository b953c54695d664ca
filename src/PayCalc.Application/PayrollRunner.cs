using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PayCalc.Files.Import;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>
/// What every use case that computes a month from input files is given besides its own arguments: who and why (audit
/// log), how files are read, and how long it may wait and compute.
/// </summary>
public abstract record MonthRequest
{
    /// <summary>Who runs the month (audit log); <c>--user</c> or the OS user name.</summary>
    public string User { get; init; } = AuditUser.Resolve(null);

    /// <summary>Why the month is (re)run or corrected, optional (audit log).</summary>
    public string? Reason { get; init; }

    /// <summary>CSV encoding and input limits (settings <c>PayCalc:Import:*</c>, <c>--encoding</c>).</summary>
    public ImportOptions Import { get; init; } = ImportOptions.Default;

    /// <summary>How long to wait for another process's write lock on the database.</summary>
    public int BusyTimeoutSeconds { get; init; } = PayrollDatabase.DefaultBusyTimeoutSeconds;

    /// <summary>How long the computation may take (setting <c>ComputeBudgetMinutes</c>).</summary>
    public ComputeBudget ComputeBudget { get; init; } = ComputeBudget.Default;

    /// <summary>What each computed payslip keeps besides its amounts (a caller that only compares amounts asks for less).</summary>
    public PayslipDetail Detail { get; init; } = PayslipDetail.Full;
}

/// <summary>What <c>paycalc run</c> needs.</summary>
public sealed record RunRequest(string PlanPath, Period Period, string InputFolder, string DatabasePath, string OutputFolder, string RulesDirectory)
    : MonthRequest;

/// <summary>
/// The monthly run: load and compile the plan, import, check, compute, write outputs, store - in that
/// order, so a problem anywhere before the final commit leaves the database and the output folder as
/// they were. Exit codes: 0 done, 2 bad input, 1 anything else (the data contract).
/// </summary>
public sealed class PayrollRunner(TextWriter output, TextWriter errors, TimeProvider time)
{
    public const int Ok = 0, Failure = 1, BadInput = 2;

    public int Run(RunRequest request)
    {
        var clock = new PhaseClock(errors);
        // The output folder is checked first: a run that cannot publish its files must not store anything.
        if (OutputFolder.Problem(request.OutputFolder, request.Period) is { } outputProblem)
        {
            errors.WriteLine($"paycalc run {request.Period}: " + Messages.Format("Run_OutputsUnwritable", outputProblem));
            return Failure;
        }
        PayrollDatabase.CheckFile(request.DatabasePath);
        // The storage layer's first use (model, queries) costs about a second: paid on the other core meanwhile.
        var storageReady = Task.Run(PayrollDatabase.WarmUp);
        errors.WriteLine($"paycalc run {request.Period}: " + Messages.Format("Run_Start", request.PlanPath, request.InputFolder));
        // One store for the whole run. No database file yet means every month is open and nothing is stored
        // before: do not create one just to look (BeginRun creates it).
        var existing = File.Exists(request.DatabasePath) ? Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, errors) : null;
        foreach (var note in OutputFolder.CleanStaging(request.OutputFolder, request.Period)) errors.WriteLine("  " + note);
        // A closed month is refused before anything is read or written (BeginRun checks again under its lock).
        var statusBefore = existing?.Periods.GetPeriodStatus(request.Period) ?? PeriodStatus.Open;
        if (!PeriodTransitions.IsAllowed(statusBefore, PeriodAction.Run))
        {
            errors.WriteLine(PeriodTransitions.Refusal(request.Period, statusBefore, PeriodAction.Run) + Messages.Get("Run_NothingChanged"));
            return Failure;
        }
        CompiledPlan plan;
        Domain.Calendar.WorkCalendar calendar;
        // Every rule file the loader reads, stored with the run (its rule snapshot).
        var ruleFiles = new RuleFiles();
        try
        {
            (plan, calendar) = clock.Time(Messages.Get("Phase_LoadRules"), () => MonthRules.Load(request.PlanPath, request.RulesDirectory, request.Period, ruleFiles));
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine();
            errors.WriteLine(Messages.Format("Run_RulesNotLoaded", ex.Errors.Count));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return Failure;
        }

        // Import, checks and computation are the steps preview, correct and recompute take too (MonthComputation).
        var import = clock.Time(Messages.Get("Phase_Import"), () => MonthComputation.Import(plan, request.InputFolder, request.Period, request.Import));
        var input = import.Input;
        // Which run of each earlier month the history is read from: compared again under the write lock below.
        var earlierRuns = existing?.Runs.RunIdsBefore(request.Period) ?? [];
        // Every check runs on what parsed, so HR gets every problem of every file in one go.
        var (history, checks) = clock.Time(Messages.Get("Phase_CheckEarlier"), () => MonthComputation.Check(plan, input, existing));
        var inputErrors = import.Errors.Concat(checks).ToList();
        // Warnings first: one may explain the errors (a file read as GB18030).
        foreach (var w in input.Warnings) errors.WriteLine("  " + Messages.Format("Run_Warning", w));
        if (inputErrors.Count > 0) return Reject(request, inputErrors);

        // The write transaction starts now, so the imported rows are stored while the payslips are computed;
        // nothing is visible until the commit at the end, and any failure before it rolls everything back.
        storageReady.GetAwaiter().GetResult();
        var store = existing ?? Database.Open(request.DatabasePath, time, request.BusyTimeoutSeconds, errors);
        PayrollRunWriter writer;
        try
        {
            // Opening the run removes the month's earlier run, if any (a rerun): that takes seconds at 100,000 agents.
            writer = clock.Time(Messages.Get("Phase_OpenRun"), () => store.Runs.BeginRun(request.Period, plan.Definition.Code, plan.Definition.Version,
                plan.Definition.FileSha256,
                new Dictionary<string, string> { ["plan_file"] = request.PlanPath, ["input_folder"] = request.InputFolder }));
        }
        catch (PeriodClosedException ex)
        {
            errors.WriteLine(ex.Message);
            return Failure;
        }

        using (writer)
        {
            writer.WriteRuleFiles(RuleSnapshot.Capture(ruleFiles, request.RulesDirectory));
            // Under the write lock no other process can store a month. If an earlier month was stored since its
            // figures were read (another process reran it meanwhile), read them again: this month is never stored
            // from an earlier month's replaced figures.
            var nowEarlier = store.Runs.RunIdsBefore(request.Period);
            if (!nowEarlier.SequenceEqual(earlierRuns))
            {
                var changed = nowEarlier.Except(earlierRuns).Select(r => r.Period.ToString()).Distinct().ToList();
                errors.WriteLine("  " + Messages.Format(changed.Count == 1 ? "Run_EarlierMonthChanged" : "Run_EarlierMonthsChanged", string.Join(", ", changed)));
                (history, var again) = clock.Time(Messages.Get("Phase_ReadEarlierAgain"), () => MonthComputation.ReadEarlierMonths(plan, input, store));
                inputErrors.AddRange(again);
                if (inputErrors.Count > 0) return Reject(request, inputErrors);
            }
            // Compute (the imported rows are stored meanwhile), then store the payslips and write the files.
            var result = ComputeAndStoreInput(request, input, history, plan, calendar, store, writer, clock);
            if (result is null) return BadInput;
            // The imported rows are stored and the payslips made: the input (1.9 million shifts at 100,000 agents)
            // and the earlier months are not needed again. The engine's per-agent working state is garbage now too,
            // and it is most of the heap: one full collection here, before the three writers start allocating, keeps
            // the process's peak lower while they run.
            input = null!;
            import = default!;
            history = null!;
            clock.Time(Messages.Get("Phase_Collect"), () =>
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                return 0;
            });
            // The previous stored month's totals, for the workbook's summary sheet: read beside the writers, after the
            // computation has let its working state go (read during it, it raised the peak from 2.00 to 2.2 GB).
            var previousMonth = Task.Run(() => PreviousMonthTotals.Read(store, nowEarlier));
            return WriteAndStore(request, result, store, writer, clock, writer.StatusBefore, previousMonth);
        }
    }

    /// <summary>Computes the payslips while the imported rows are stored on another thread; null when a payslip
    /// cannot be computed (the problems are printed).</summary>
    private PayrollResult? ComputeAndStoreInput(RunRequest request, PayrollInput input, PayrollHistory history, CompiledPlan plan,
        Domain.Calendar.WorkCalendar calendar, PayrollStore store, PayrollRunWriter writer, PhaseClock clock)
    {
        var storeInput = Task.Run(() => Timed(() => writer.WriteInput(input)));
        try
        {
            var result = clock.Time(Messages.Format("Phase_ComputePayslips", input.Agents.Count(a => a.IsEmployedIn(request.Period))),
                // Differences of corrected closed months posted to this month are paid as adjustment lines after the plan's lines.
                () => MonthComputation.Compute(plan, calendar, request.ComputeBudget, input, history, store));
            var stored = clock.Time(Messages.Get("Phase_WaitInput"), () => storeInput.GetAwaiter().GetResult());
            clock.Record(Messages.Get("Phase_StoreInput"), stored);
            return result;
        }
        catch (ComputeFailedException ex)
        {
            errors.WriteLine(Messages.Format("Run_ComputeFailed", ex.Errors.Count));
            foreach (var e in ex.Errors.Take(200)) errors.WriteLine("  " + e);
            return null;
        }
        finally
        {
            // The writer's connection is used by one thread at a time: let the input finish before rolling back.
            ((IAsyncResult)storeInput).AsyncWaitHandle.WaitOne();
        }
    }

    private int WriteAndStore(RunRequest request, PayrollResult result, PayrollStore store, PayrollRunWriter writer, PhaseClock clock, PeriodStatus statusBefore,
        Task<MonthTotals?> previousMonth)
    {
        var staging = OutputFolder.CreateStaging(request.OutputFolder, request.Period);
        try
        {
            // The files are written (and hashed, for the run's record of its outputs) on one core while the
            // payslips are stored on the other.
            var json = Task.Run(() => Timed(() => new PayslipJsonWriter().Write(result, Path.Combine(staging, "payslips.json"))));
            var workbook = Task.Run(() =>
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var options = new WorkbookOptions { Previous = previousMonth.GetAwaiter().GetResult() };
                var report = new PayrollWorkbookWriter().Write(result, Path.Combine(staging, PayrollWorkbookWriter.FileName(request.Period)), options);
                return (Report: report, Elapsed: sw.Elapsed);
            });
            var outputs = Task.WhenAll(json, workbook).ContinueWith(_ =>
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var hashes = Directory.GetFiles(staging).AsParallel()
                    .Select(f => (Name: Path.GetFileName(f), Hash: RunOutputs.Sha256(f))).ToDictionary(f => f.Name, f => f.Hash, StringComparer.Ordinal);
                return (Report: workbook.Result.Report, Json: json.Result, Workbook: workbook.Result.Elapsed, Hashes: hashes, Hashing: sw.Elapsed);
            }, TaskScheduler.Default);
            clock.Time(Messages.Get("Phase_StorePayslips"), () => writer.WriteResult(result));
            var written = clock.Time(Messages.Get("Phase_WaitFiles"), () => outputs.GetAwaiter().GetResult());
            clock.Record(Messages.Get("Phase_WriteJson"), written.Json);
            clock.Record(Messages.Get("Phase_WriteWorkbook"), written.Workbook);
            clock.Record(Messages.Get("Phase_HashFiles"), written.Hashing);
            clock.Time(Messages.Get("Phase_Commit"), () =>
            {
                // The audit line and the record of the output files are part of the run's own transaction.
                writer.RecordOutputs(Path.GetFullPath(request.OutputFolder), written.Hashes);
                writer.AddAuditEntry(request.User, PeriodTransitions.Text(PeriodAction.Run),
                    PeriodTransitions.AuditDetail(statusBefore, PeriodStatus.Calculated, request.Reason,
                        $"plan {result.PlanCode} {result.PlanVersion}; {result.Payslips.Count} payslips"));
                writer.Commit();
            });
            // Stored: now publish the outputs (a rename each, so readers never see half a file). If the process
            // dies between the renames, the staging folder still holds this run's files and the next run or
            // status finishes the publication (their hashes are in the stored run).
            OutputFolder.Publish(staging, request.OutputFolder);
            PrintSummary(result, written.Report, request, clock, writer.RunId);
            if (statusBefore == PeriodStatus.Approved)
                output.WriteLine("  " + Messages.Format("Run_ReplacedApproved", request.Period));
            // Later months read this month (income tax, quarter, clawbacks): their stored runs used the figures just replaced.
            var later = store.Runs.PeriodsWithRuns(request.Period.Next(), new Period(request.Period.Year + 2, 12));
            if (later.Count > 0)
                output.WriteLine("  " + Messages.Format("Run_LaterMonthsOutOfDate", string.Join(", ", later)));
            return Ok;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static TimeSpan Timed(Action work)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        work();
        return sw.Elapsed;
    }

    private int Reject(RunRequest request, List<InputError> inputErrors)
    {
        errors.WriteLine();
        errors.WriteLine(Messages.Format("Run_InputRejected", inputErrors.Count));
        foreach (var e in inputErrors) errors.WriteLine("  " + e);
        Directory.CreateDirectory(request.OutputFolder);
        var file = Path.Combine(request.OutputFolder, $"errors-{request.Period}.txt");
        File.WriteAllLines(file, inputErrors.Select(e => e.ToString()));
        errors.WriteLine(Messages.Format("Run_ErrorListFile", file));
        return BadInput;
    }

    private void PrintSummary(PayrollResult result, WorkbookReport report, RunRequest request, PhaseClock clock, long runId)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(Messages.Format("Run_Summary", result.Period, result.PlanCode, result.PlanVersion, result.Payslips.Count, result.Flags.Count));
        output.WriteLine();
        output.WriteLine($"  {Messages.Get("Run_ColumnLine"),-24} {Messages.Get("Run_ColumnName"),-10} {Messages.Get("Run_ColumnTotal"),16}");
        // Totals per line code in one pass over the lines (100,000 payslips have millions).
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in result.Payslips)
        {
            for (var i = 0; i < p.Lines.Count; i++)
            {
                var l = p.LineAt(i);
                totals[l.Code] = totals.GetValueOrDefault(l.Code) + l.Amount;
            }
        }
        foreach (var d in result.LineDefinitions.Where(d => d.Category != LineCategory.Info))
            output.WriteLine($"  {d.Code,-24} {d.Name,-10} {totals.GetValueOrDefault(d.Code).ToString("#,##0.00", inv),16}");
        output.WriteLine($"  {"gross",-24} {Messages.Get("Run_GrossTotal"),-10} {result.Payslips.Sum(p => p.Gross).ToString("#,##0.00", inv),16}");
        output.WriteLine($"  {"net",-24} {Messages.Get("Run_NetTotal"),-10} {result.Payslips.Sum(p => p.Net).ToString("#,##0.00", inv),16}");
        output.WriteLine();
        foreach (var note in report.Notes) output.WriteLine("  " + Messages.Format("Run_Note", note));
        output.WriteLine("  " + Messages.Format("Run_Wrote", Path.Combine(request.OutputFolder, "payslips.json")));
        output.WriteLine("  " + Messages.Format("Run_Wrote", Path.Combine(request.OutputFolder, Path.GetFileName(report.WorkbookPath))));
        foreach (var extra in report.ExtraFiles) output.WriteLine("  " + Messages.Format("Run_Wrote", Path.Combine(request.OutputFolder, Path.GetFileName(extra))));
        output.WriteLine("  " + Messages.Format("Run_Stored", request.DatabasePath, runId, request.Period));
        output.WriteLine();
        output.WriteLine("  " + Messages.Get("Run_TimePerPhase") + string.Join(", ", clock.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalSeconds.ToString("0.00", inv)} s")));
    }
}
