using System.Security.Cryptography;
using System.Xml;
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
            context.Errors.Add(new InputError(folder, "", 0, "", Messages.Get("Import_FolderMissing")));
            return new ImportResult(new PayrollInput { Period = period, Agents = [] }, context.Errors);
        }

        var files = FindFiles(folder, context.Errors);
        // Hashing reads each file once more; do it on the other core while parsing.
        // A file over the size limit is rejected unread; hashing it would read it all the same.
        var hashes = files.Select(f => (f.Kind, Task: Task.Run(() => IsWithinSizeLimit(f.Path) ? Sha256Hex(f.Path) : ""), f.Path)).ToList();

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
                    context.Errors.Add(new InputError(kind.Name, "", 0, "", Messages.Format("Import_FileMissing", kind.Name)));
                }
                continue;
            }
            var errorsBefore = context.Errors.Count;
            var readable = Import(file.Path, kind, context, table =>
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
            });
            // A roster that gave errors and no row was not read either: one problem, not one more per row of the other files.
            if (!readable || kind == InputKind.Agents && context.Roster.Count == 0 && context.Errors.Count > errorsBefore)
                context.UnreadKinds.Add(kind.Name);
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

    /// <summary>
    /// Opens one file and hands it to <paramref name="import"/>. A problem with the file as a whole becomes one error
    /// (file, sheet, row where known) and returns false; exceptions that are not about reading a file are not caught.
    /// </summary>
    private bool Import(string path, InputKind kind, ImportContext context, Action<TableReader> import)
    {
        var name = Path.GetFileName(path);
        TableReader table;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0) throw new FileRejectedException(Messages.Get("Import_FileEmpty"));
            if (length > _options.MaxFileBytes)
                throw new FileRejectedException(Messages.Format("Import_FileTooLarge", length, _options.MaxFileBytes));
            table = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? CsvTableReader.Open(path, context)
                : XlsxTableReader.Open(path, kind, context);
        }
        catch (FileRejectedException ex)
        {
            context.Errors.Add(new InputError(name, ex.Sheet, ex.Row, "", ex.Message));
            return false;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or XmlException
                                       or FormatException or InvalidOperationException)
        {
            context.Errors.Add(new InputError(name, "", 0, "", Messages.Format("Import_FileUnreadable", ex.Message)));
            return false;
        }
        using (table)
        {
            try
            {
                import(table);
                return true;
            }
            catch (FileRejectedException ex)
            {
                context.Errors.Add(new InputError(name, ex.Sheet, ex.Row, "", ex.Message));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Errors.Add(new InputError(name, table.Sheet, table.Row, "", Messages.Format("Import_FileUnreadableAfterRow", table.Row, ex.Message)));
            }
            return false;
        }
    }

    private bool IsWithinSizeLimit(string path) => new FileInfo(path).Length <= _options.MaxFileBytes;

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
                errors.Add(new InputError(name, "", 0, "", Messages.Format("Import_TwoFiles", kind.Name, Path.GetFileName(found[existing].Path), name)));
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
