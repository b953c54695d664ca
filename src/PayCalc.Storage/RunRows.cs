using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;
using PayCalc.Domain.Payroll;
using PayCalc.Storage.Entities;

namespace PayCalc.Storage;

/// <summary>Reading stored runs, shared by the runs and the history queries.</summary>
internal static class RunRows
{
    /// <summary>The id of the stored run of the period written <paramref name="period"/> (yyyy-MM), or null when it has none.</summary>
    internal static long? IdOf(PayCalcDbContext db, string period) =>
        db.Runs.AsNoTracking().Where(r => r.Period == period).Select(r => (long?)r.Id).SingleOrDefault();

    /// <summary>A run's lines (its components that are not variables), in plan order.</summary>
    internal static List<LineDefinition> LineDefinitions(PayCalcDbContext db, long runId) =>
        db.RunComponents.AsNoTracking().Where(c => c.RunId == runId && c.Category != StoredText.VariableCategory)
            .OrderBy(c => c.Seq).ToList()
            .Select(c => new LineDefinition(c.Code, c.Name, c.NameEn, StoredText.ParseCategory(c.Category))).ToList();

    /// <summary>The runs of the periods from..to (inclusive), in period order.</summary>
    internal static List<(long RunId, Period Period)> Between(PayCalcDbContext db, Period from, Period to) =>
        db.Runs.AsNoTracking().Select(r => new { r.Id, r.Period }).ToList()
            .Select(r => (r.Id, Period: Period.Parse(r.Period)))
            .Where(r => r.Period.CompareTo(from) >= 0 && r.Period.CompareTo(to) <= 0)
            .OrderBy(r => r.Period)
            .ToList();

    /// <summary>A payslip's stored <c>lines</c> JSON (<c>{"base_pay":"5220.00",...}</c>) as (code, amount) in plan order, read without a
    /// document or a string per amount (history, verify and simulate read millions of them); codes are
    /// interned (a month has a few dozen distinct codes and millions of lines).</summary>
    internal static List<(string Code, decimal Amount)> ReadAmounts(string json) => ReadAmounts(json, null);

    /// <summary>As <see cref="ReadAmounts(string)"/>, only the lines whose code is one of <paramref name="codes"/> (all when
    /// null): the others are skipped without a string or a number (a history reads a dozen of a payslip's ~30 lines).</summary>
    internal static List<(string Code, decimal Amount)> ReadAmounts(string json, CodeFilter? codes)
    {
        var lines = new List<(string, decimal)>(codes is null ? 32 : 8);
        if (json == "{}") return lines;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        string? code = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
                code = codes is null ? string.Intern(reader.GetString()!) : codes.Match(ref reader);
            else if (reader.TokenType == JsonTokenType.String && code is not null)
            {
                if (!Utf8Parser.TryParse(reader.ValueSpan, out decimal amount, out var used) || used != reader.ValueSpan.Length)
                    amount = decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
                lines.Add((code, amount));
                code = null;
            }
        }
        return lines;
    }

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

    /// <summary>A stored deal row as the import delivered it.</summary>
    internal static Deal ToDeal(DealRow d) => new()
    {
        DealId = d.DealId,
        AgentId = d.AgentId,
        BookedDate = d.BookedDate,
        Amount = d.Amount,
        TermMonths = d.TermMonths,
        CancelledDate = d.CancelledDate,
        Source = new SourceRef(d.SourceFile, d.SourceSheet, d.SourceRow),
    };

    /// <summary>A set of line codes matched against a JSON property name as it is read, without making it a string.</summary>
    internal sealed class CodeFilter(IEnumerable<string> codes)
    {
        private readonly (string Code, byte[] Utf8)[] _codes = codes.Distinct(StringComparer.Ordinal)
            .Select(c => (string.Intern(c), System.Text.Encoding.UTF8.GetBytes(c))).ToArray();

        /// <summary>The code the reader's property name is, or null.</summary>
        public string? Match(ref Utf8JsonReader reader)
        {
            foreach (var (code, utf8) in _codes)
                if (reader.ValueTextEquals(utf8)) return code;
            return null;
        }
    }
}
