using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Calendar;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;
using PayCalc.Rules.Runtime;

namespace PayCalc.Application;

/// <summary>
/// Rule tests written by finance (<c>paycalc test</c>): reads YAML case files (<see cref="RuleTestReader"/>, format in
/// <c>rules/tests/README.md</c>) and runs each case's months in order through the payroll engine, each computed month
/// becoming the next months' history (<see cref="PayrollHistory.Including(PayCalc.Domain.Payroll.PayrollResult)"/>) as a run reads stored months. Every
/// expected line or variable that differs is a <see cref="RuleTestFailure"/> with the explanation of the actual value.
/// Nothing is read from or written to the database.
/// </summary>
public sealed class RuleTestRunner(string rulesDirectory)
{
    private readonly RuleTestReader _reader = new(rulesDirectory);
    private readonly List<RuleError> _pathErrors = [];
    private readonly Dictionary<(string Plan, Period Period), CompiledPlan> _compiled = [];

    /// <summary>What <c>paycalc test</c> runs without a path: <c>tests/</c> and <c>statutory/cases/</c> of the rules folder.</summary>
    public static IReadOnlyList<string> DefaultPaths(string rulesDirectory) =>
        [Path.Combine(rulesDirectory, "tests"), Path.Combine(rulesDirectory, "statutory", "cases")];

    /// <summary>Every problem in the paths and case files read so far (file:line).</summary>
    public IReadOnlyList<RuleError> Errors => [.. _pathErrors, .. _reader.Errors];

    /// <summary>The cases of every <c>.yaml</c> file of <paramref name="paths"/> (a folder: its files, sub-folders included, in
    /// name order); problems go to <see cref="Errors"/>.</summary>
    public IReadOnlyList<RuleTestCase> Read(IEnumerable<string> paths)
    {
        var cases = new List<RuleTestCase>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    cases.AddRange(_reader.Read(file));
            else if (File.Exists(path)) cases.AddRange(_reader.Read(path));
            else _pathErrors.Add(new RuleError(path, 0, null, FinanceText.Format("Test_NoPath", Path.GetFullPath(path))));
        }
        // A plan that loads may still not compile (an unknown name in a formula): found now, before anything runs.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in cases)
        {
            if (_reader.Plan(test.PlanPath) is not { } plan) continue;
            foreach (var month in test.Months.Where(m => !m.IsStored))
            {
                try
                {
                    Compiled(test.PlanPath, plan, month.Period);
                }
                catch (RuleLoadException e)
                {
                    _pathErrors.Add(new RuleError(test.File, month.Line, test.Name,
                        FinanceText.Format("Test_PlanDoesNotCompile", RuleLocation.FileOf(test.PlanPath), month.Period, e.Errors.Count, FinanceText.Get(reported.Add(test.PlanPath) ? "Test_ListedBelow" : "Test_ListedAbove"))));
                    _pathErrors.AddRange(e.Errors.Where(r => reported.Add(r.ToString())));
                    break;
                }
            }
        }
        return cases;
    }

    private CompiledPlan Compiled(string planPath, PlanDefinition plan, Period period)
    {
        if (!_compiled.TryGetValue((planPath, period), out var compiled))
            _compiled[(planPath, period)] = compiled = PlanCompiler.Compile(plan, period);
        return compiled;
    }

    /// <summary>Runs one case, month by month.</summary>
    public RuleTestResult Run(RuleTestCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var failures = new List<RuleTestFailure>();
        var plan = _reader.Plan(test.PlanPath);
        var calendar = plan is null ? null : _reader.Calendar(plan);
        string? stopped = plan is null || calendar is null ? FinanceText.Format("Test_PlanDoesNotLoad", RuleLocation.FileOf(test.PlanPath)) : null;
        var history = PayrollHistory.Empty;
        foreach (var month in test.Months)
        {
            if (stopped is null && month.IsStored)
            {
                history = history.Including(StoredMonth(test, month));
                continue;
            }
            PayrollResult? result = null;
            if (stopped is null)
            {
                try
                {
                    result = Compute(test, month, plan!, calendar!, history);
                    history = history.Including(result);
                }
                catch (RuleLoadException e)
                {
                    stopped = FinanceText.Format("Test_NotComputed", month.Period, string.Join("; ", e.Errors));
                }
                catch (ComputeFailedException e)
                {
                    stopped = FinanceText.Format("Test_NotComputed", month.Period, string.Join("; ", e.Errors));
                }
            }
            foreach (var e in month.Expectations)
            {
                var location = $"{test.File}:{e.Line.ToString(CultureInfo.InvariantCulture)}";
                if (result is null)
                {
                    failures.Add(new RuleTestFailure(test.Name, location, month.Period, e.AgentId, e.Code, e.Written, FinanceText.Get("Test_ActualNotComputed"), "    " + stopped));
                    continue;
                }
                var slip = result.Payslips.FirstOrDefault(p => p.AgentId == e.AgentId);
                if (slip is null)
                {
                    failures.Add(new RuleTestFailure(test.Name, location, month.Period, e.AgentId, e.Code, e.Written, FinanceText.Get("Test_ActualNoPayslip"),
                        FinanceText.Format("Test_NotEmployed", e.AgentId, month.Period)));
                    continue;
                }
                var actual = ActualValue(slip, e.Code);
                if (e.Matches(actual)) continue;
                failures.Add(new RuleTestFailure(test.Name, location, month.Period, e.AgentId, e.Code, e.Written, e.Show(actual), Explain(plan!, result, slip, e.Code)));
            }
        }
        return new RuleTestResult(test, test.ExpectationCount, failures);
    }

    /// <summary>
    /// <c>paycalc test</c>: reads every case file of <paramref name="paths"/>; any problem in them is listed (file:line) and
    /// nothing runs (exit 1). Otherwise runs every case, prints each failure with its explanation and the summary
    /// <c>N cases, N expectations: N passed, N failed</c>; exit 0 when all pass, 1 on any failure.
    /// </summary>
    public int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var cases = Read(paths);
        if (Errors.Count > 0)
        {
            errors.WriteLine(FinanceText.Format("Test_CaseFileProblems", Errors.Count));
            foreach (var e in Errors) errors.WriteLine("  " + e);
            return PayrollRunner.Failure;
        }
        if (cases.Count == 0)
        {
            errors.WriteLine(FinanceText.Format("Test_NoCase", string.Join(", ", paths)));
            return PayrollRunner.Failure;
        }
        int expectations = 0, failed = 0;
        foreach (var test in cases)
        {
            var result = Run(test);
            expectations += result.Expectations;
            failed += result.Failures.Count;
            output.WriteLine($"{FinanceText.Get(result.Passed ? "Test_Ok" : "Test_Fail")}  {test.Name}  ({test.File}:{test.Line.ToString(CultureInfo.InvariantCulture)})");
            foreach (var f in result.Failures)
            {
                output.WriteLine("      " + f.Message);
                if (f.Explanation.Length > 0) output.WriteLine(f.Explanation.TrimEnd());
            }
        }
        output.WriteLine(FinanceText.Format("Test_Summary", cases.Count, expectations, expectations - failed, failed));
        return failed == 0 ? PayrollRunner.Ok : PayrollRunner.Failure;
    }

    private PayrollResult Compute(RuleTestCase test, RuleTestMonth month, PlanDefinition plan, WorkCalendar calendar, PayrollHistory history)
    {
        if (!calendar.Covers(month.Period))
            throw new RuleLoadException([new RuleError(test.File, month.Line, null, FinanceText.Format("Test_NoCalendarYear", plan.Calendar, month.Period.Year))]);
        var compiled = Compiled(test.PlanPath, plan, month.Period);
        var input = new PayrollInput
        {
            Period = month.Period,
            Agents = test.Agents,
            Shifts = month.Shifts,
            Leave = month.Leave,
            Deals = month.Deals,
            Metrics = month.Metrics,
            TeamMetrics = month.TeamMetrics,
            YtdBalances = test.Ytd,
        };
        return new PayrollEngine(compiled, calendar).Compute(input, history);
    }

    /// <summary>A month given as stored line amounts, as a result the history can include.</summary>
    private static PayrollResult StoredMonth(RuleTestCase test, RuleTestMonth month) => new()
    {
        Period = month.Period,
        PlanCode = "",
        PlanVersion = "",
        LineDefinitions = [],
        Payslips = month.Stored.Select(s =>
        {
            var agent = test.Agents.First(a => a.AgentId == s.Key);
            return new Payslip
            {
                AgentId = agent.AgentId, Name = agent.Name, Team = agent.Team,
                Lines = s.Value.Select(l => new PayslipLine
                {
                    Code = l.Key, Name = l.Key, NameEn = l.Key, Category = LineCategory.Info, Amount = l.Value, Formula = "",
                }).ToList(),
            };
        }).ToList(),
    };

    /// <summary>A line's amount (0 when the line is not on the payslip), else a variable's unrounded value.</summary>
    private static decimal ActualValue(Payslip slip, string code)
    {
        if (slip.Line(code) is { } line) return line.Amount;
        foreach (var v in slip.Trace)
            if (v.Code == code) return v.Value;
        return 0m;
    }

    /// <summary>
    /// The actual value explained from the payslip's trace, rendered as <c>explain</c> renders it (<see cref="TraceText"/>):
    /// the rule, the values that went in, what each input is, the rows of an aggregate line, and the values it used step by step.
    /// </summary>
    private static string Explain(PlanDefinition plan, PayrollResult result, Payslip slip, string code)
    {
        var (trace, values) = ComputedTrace.WithValues(result, slip);
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var node = trace.Find(code);
        if (node is null)
        {
            var component = plan.Components.FirstOrDefault(c => c.Code == code);
            w.WriteLine(component?.When is { } when
                ? FinanceText.Format("Test_ConditionFalse", code, FormulaText.Render(when, n => values.GetValueOrDefault(n)), when)
                : FinanceText.Format("Test_NotComputedForAgent", code));
            return w.ToString();
        }
        var text = new StringWriter(CultureInfo.InvariantCulture);
        TraceText.WriteNode(text, node);
        foreach (var l in text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)) w.WriteLine("    " + l);
        if (trace.Inputs(node).Any())
        {
            w.WriteLine(FinanceText.Get("Test_StepByStep"));
            foreach (var l in TraceText.Tree(trace, node).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)) w.WriteLine("    " + l);
        }
        return w.ToString();
    }
}
