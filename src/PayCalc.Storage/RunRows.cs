using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>Reading stored runs, shared by the runs and the history queries.</summary>
internal static class RunRows
{
    /// <summary>The runs of the periods from..to (inclusive), in period order.</summary>
    internal static List<(long RunId, Period Period)> Between(PayCalcDbContext db, Period from, Period to) =>
        db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period)))
            .Where(r => r.Period.CompareTo(from) >= 0 && r.Period.CompareTo(to) <= 0)
            .OrderBy(r => r.Period)
            .ToList();

    /// <summary>A payslip's stored lines (JSON) as (code, amount) in plan order.</summary>
    internal static List<(string Code, decimal Amount)> ReadAmounts(string json) =>
        LineInputsJson.Read(json).Select(v => (v.Name, decimal.Parse(v.Value, NumberStyles.Number, CultureInfo.InvariantCulture))).ToList();

    internal static StoredRun ToStoredRun(RunRow run, IReadOnlyList<RunInputFileRow> files) => new()
    {
        Id = run.Id,
        Period = Period.Parse(run.Period),
        PlanCode = run.PlanCode,
        PlanVersion = run.PlanVersion,
        PlanSha256 = run.PlanSha256,
        CreatedAt = DateTimeOffset.Parse(run.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        AgentCount = run.AgentCount,
        GrossTotal = run.GrossTotal,
        NetTotal = run.NetTotal,
        Settings = JsonSerializer.Deserialize<Dictionary<string, string>>(run.Settings) ?? [],
        InputFiles = files.Select(f => new InputFile(f.Kind, f.Path, f.Sha256)).ToList(),
        StoredSchema = run.StoredSchema,
    };
}
