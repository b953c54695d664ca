using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Storage;

/// <summary>
/// The input a month's stored run was computed from, read back as the import delivered it: roster, shifts, leave,
/// deals, metrics, team metrics and the input files' hashes, each row with its source file and row, in import
/// order. Read only. A run stored before schema 4 lacks what <see cref="NotStoredBeforeSchema4"/> lists (left at its
/// default in what <see cref="Read"/> returns).
/// </summary>
public sealed class StoredInputs
{
    private readonly PayrollDatabase _database;

    internal StoredInputs(PayrollDatabase database) => _database = database;

    /// <summary>
    /// Inputs of a run that the schema stores only from version 4: the income-tax opening balances (<c>ytd</c> file) and
    /// three roster columns. For an older run <see cref="Read"/> returns no opening balance, both tax flags false and no
    /// contract term.
    /// </summary>
    public static IReadOnlyList<string> NotStoredBeforeSchema4 { get; } =
    [
        "ytd opening balances",
        "roster column first_wage_income_of_year",
        "roster column prior_year_low_income",
        "roster column contract_term_months",
    ];

    /// <summary>The input of <paramref name="period"/>'s stored run, or null when the period has no run.</summary>
    public PayrollInput? Read(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        if (runId is not { } id) return null;

        var agents = db.Agents.AsNoTracking().Where(a => a.RunId == id).OrderBy(a => a.Id).ToList().Select(a => new Agent
        {
            AgentId = a.AgentId,
            Name = a.Name,
            Team = a.Team,
            HireDate = a.HireDate,
            ProbationEnd = a.ProbationEnd,
            TerminationDate = a.TerminationDate,
            BaseSalary = a.BaseSalary,
            City = a.City,
            ContributionBase = a.ContributionBase,
            HousingFundRate = a.HousingFundRate,
            SpecialAdditionalDeduction = a.SpecialAdditionalDeduction,
            FirstWageIncomeOfYear = a.FirstWageIncomeOfYear,
            PriorYearLowIncome = a.PriorYearLowIncome,
            ContractTermMonths = a.ContractTermMonths,
            Source = new SourceRef(a.SourceFile, a.SourceSheet, a.SourceRow),
        }).ToList();

        var ytd = db.YtdBalances.AsNoTracking().Where(y => y.RunId == id).OrderBy(y => y.Id).ToList().Select(y => new YtdBalance
        {
            AgentId = y.AgentId,
            Year = y.Year,
            Months = y.Months,
            Income = y.Income,
            SpecialDeductions = y.SpecialDeductions,
            AdditionalDeductions = y.AdditionalDeductions,
            TaxWithheld = y.TaxWithheld,
            Source = new SourceRef(y.SourceFile, y.SourceSheet, y.SourceRow),
        }).ToList();

        // Streamed, not listed: the month's ~100,000 documents (~300 MB as strings) are never held together.
        var shifts = new List<Shift>();
        var reader = new ShiftDocumentReader();
        foreach (var row in db.Shifts.AsNoTracking().Where(s => s.RunId == id).OrderBy(s => s.Id).AsEnumerable())
            reader.Read(row.AgentId, row.SourceFile, row.SourceSheet, row.Entries, shifts);

        var leave = db.Leave.AsNoTracking().Where(l => l.RunId == id).OrderBy(l => l.Id).ToList().Select(l => new LeaveEntry
        {
            AgentId = l.AgentId,
            Date = l.Date,
            Type = ParseLeaveType(l.LeaveType),
            Hours = l.Hours,
            Source = new SourceRef(l.SourceFile, l.SourceSheet, l.SourceRow),
        }).ToList();

        var deals = DealsOf(db, id);

        var metrics = db.Metrics.AsNoTracking().Where(m => m.RunId == id).OrderBy(m => m.Id).ToList().Select(m => new AgentMetrics
        {
            AgentId = m.AgentId,
            Period = Period.Parse(m.Period),
            Numbers = LineInputsJson.Read(m.Numbers).ToDictionary(v => v.Name, v => ParseDecimal(v.Value), StringComparer.Ordinal),
            Texts = LineInputsJson.Read(m.Texts).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal),
            Source = new SourceRef(m.SourceFile, m.SourceSheet, m.SourceRow),
        }).ToList();

        // One row per metric; the import's record is one per team, month and source row.
        var teamMetrics = db.TeamMetrics.AsNoTracking().Where(t => t.RunId == id).OrderBy(t => t.Id).ToList()
            .GroupBy(t => (t.Team, t.Period, t.SourceFile, t.SourceSheet, t.SourceRow))
            .Select(g => new TeamMetrics
            {
                Team = g.Key.Team,
                Period = Period.Parse(g.Key.Period),
                Numbers = g.ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal),
                Source = new SourceRef(g.Key.SourceFile, g.Key.SourceSheet, g.Key.SourceRow),
            }).ToList();

        var files = db.RunInputFiles.AsNoTracking().Where(f => f.RunId == id).OrderBy(f => f.Id).ToList()
            .Select(f => new InputFile(f.Kind, f.Path, f.Sha256)).ToList();

        return new PayrollInput
        {
            Period = period,
            Agents = agents,
            Shifts = shifts,
            Leave = leave,
            Deals = deals,
            Metrics = metrics,
            TeamMetrics = teamMetrics,
            YtdBalances = ytd,
            Files = files,
        };
    }

    /// <summary>Only the deals of <paramref name="period"/>'s stored run, as <see cref="Read"/> gives them (in import order);
    /// empty when the period has no run. For reports that need the deals and not the month's shifts.</summary>
    public IReadOnlyList<Deal> ReadDeals(Period period)
    {
        using var db = _database.OpenContext();
        var text = period.ToString();
        var runId = RunRows.IdOf(db, text);
        if (runId is not { } id) return [];
        return DealsOf(db, id);
    }

    private static List<Deal> DealsOf(PayCalcDbContext db, long runId) =>
        db.Deals.AsNoTracking().Where(d => d.RunId == runId).OrderBy(d => d.Id).AsEnumerable().Select(RunRows.ToDeal).ToList();

    private static LeaveType ParseLeaveType(string text) =>
        Enum.TryParse<LeaveType>(text, ignoreCase: true, out var t) && Enum.IsDefined(t)
            ? t
            : throw new InvalidOperationException($"Unknown leave type '{text}' in the database.");

    private static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
