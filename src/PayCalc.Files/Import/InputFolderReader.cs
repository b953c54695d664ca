using System.Security.Cryptography;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>
/// Imports an input folder (agents, attendance, metrics, optional sales and team_metrics; each .xlsx or
/// .csv) for one period, checking everything the data contract lists and collecting every problem.
/// </summary>
public sealed class InputFolderReader(ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? ImportOptions.Default;

    public ImportResult Read(string folder, Period period)
    {
        var context = new ImportContext(period, _options);
        if (!Directory.Exists(folder))
        {
            context.Errors.Add(new InputError(folder, "", 0, "", "input folder does not exist"));
            return new ImportResult(new PayrollInput { Period = period, Agents = [] }, context.Errors);
        }

        var files = FindFiles(folder, context.Errors);
        // Hashing reads each file once more; do it on the other core while parsing.
        var hashes = files.Select(f => (f.Kind, Task: Task.Run(() => Sha256Hex(f.Path)), f.Path)).ToList();

        List<Agent> agents = [];
        var attendance = (Shifts: new List<Shift>(), Leave: new List<LeaveEntry>());
        List<AgentMetrics> metrics = [];
        List<Deal> deals = [];
        List<TeamMetrics> teamMetrics = [];
        List<YtdBalance> ytd = [];
        foreach (var kind in InputKind.All)
        {
            var file = files.FirstOrDefault(f => f.Kind == kind);
            if (file.Path is null)
            {
                if (kind.Required)
                {
                    context.UnreadKinds.Add(kind.Name);
                    context.Errors.Add(new InputError(kind.Name, "", 0, "", $"missing required file {kind.Name} ({kind.Name}.xlsx or {kind.Name}.csv)"));
                }
                continue;
            }
            TableReader table;
            try
            {
                table = Open(file.Path, kind);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or InvalidOperationException)
            {
                context.Errors.Add(new InputError(Path.GetFileName(file.Path), "", 0, "", $"cannot read the file: {ex.Message}"));
                context.UnreadKinds.Add(kind.Name);
                continue;
            }
            using (table)
            {
                if (kind == InputKind.Agents) agents = new AgentsImporter(table, context).Read();
                else if (kind == InputKind.Attendance)
                {
                    var importer = new AttendanceImporter(table, context);
                    importer.Read();
                    attendance = (importer.Shifts, importer.Leave);
                }
                else if (kind == InputKind.Metrics) metrics = new MetricsImporter(table, context).Read();
                else if (kind == InputKind.Sales) deals = new SalesImporter(table, context).Read();
                else if (kind == InputKind.Ytd) ytd = new YtdImporter(table, context).Read();
                else teamMetrics = new TeamMetricsImporter(table, context).Read();
            }
        }

        var inputFiles = hashes.Select(h => new InputFile(h.Kind.Name, Path.GetFileName(h.Path), h.Task.Result)).ToList();
        var input = new PayrollInput
        {
            Period = period,
            Agents = agents,
            Shifts = attendance.Shifts,
            Leave = attendance.Leave,
            Metrics = metrics,
            Deals = deals,
            TeamMetrics = teamMetrics,
            YtdBalances = ytd,
            Files = inputFiles,
            Warnings = context.Warnings,
            Rejected = context.Rejected(),
        };
        return new ImportResult(input, context.Errors);
    }

    private static TableReader Open(string path, InputKind kind) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? new CsvTableReader(path)
            : XlsxTableReader.Open(path, kind);

    /// <summary>One file per kind, named like the kind (English or Chinese), .xlsx or .csv; Excel lock files (~$) are skipped.</summary>
    private static List<(InputKind Kind, string Path)> FindFiles(string folder, List<InputError> errors)
    {
        var found = new List<(InputKind Kind, string Path)>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var ext = Path.GetExtension(path);
            if (name.StartsWith("~$", StringComparison.Ordinal)) continue;
            if (!ext.Equals(".csv", StringComparison.OrdinalIgnoreCase) && !ext.Equals(".xlsx", StringComparison.OrdinalIgnoreCase)) continue;
            var stem = Path.GetFileNameWithoutExtension(path).Trim();
            var kind = InputKind.All.FirstOrDefault(k => k.Matches(stem));
            if (kind is null) continue;
            var existing = found.FindIndex(f => f.Kind == kind);
            if (existing >= 0)
            {
                errors.Add(new InputError(name, "", 0, "", $"two files for {kind.Name}: {Path.GetFileName(found[existing].Path)} and {name}; keep one"));
                continue;
            }
            found.Add((kind, path));
        }
        return found;
    }

    private static string Sha256Hex(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
