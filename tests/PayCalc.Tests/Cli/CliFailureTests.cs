using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PayCalc.Application;
using PayCalc.Cli;
using PayCalc.Storage;
using PayCalc.Tests.Files.Import;
using PayCalc.Tests.Storage;
using PayCalc.Tests.Support;

namespace PayCalc.Tests.Cli;

/// <summary>
/// Every expected failure of the real command line ends as one clear line and an exit code, never a .NET stack
/// trace; a file that is not PayCalc's is never changed.
/// </summary>
public sealed class CliFailureTests : IDisposable
{
    /// <summary>These tests assert the English texts (Chinese is the default): the UI language of each test is English.</summary>
    private readonly UiCulture _english = UiCulture.Use("en");

    private readonly TempFolder _dir = new();
    private static readonly string Example = Repo.Path("examples", "bank-card-center", "2026-10");

    public void Dispose() => _dir.Dispose();

    /// <summary>Runs the built paycalc in a process of its own (from <paramref name="workingFolder"/>, default the
    /// repository root); exit code and everything it printed.</summary>
    private static (int Exit, string Output) Paycalc(string[] args, string? workingFolder = null, IDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder ?? Repo.Path(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "paycalc.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // These tests assert the English texts (Chinese is the default).
        if (!args.Contains("--lang")) foreach (var a in (string[])["--lang", "en"]) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "paycalc did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private (int Exit, string Output) Run(string? plan = null, string? db = null, string? output = null, string? workingFolder = null,
        IDictionary<string, string>? env = null, string? input = null)
    {
        var args = new List<string> { "run", "--period", "2026-10", "--input", input ?? Example,
            "--db", db ?? _dir.File("paycalc.db"), "--out", output ?? _dir.File("out") };
        if (plan is not null) args.AddRange(["--plan", plan]);
        return Paycalc([.. args], workingFolder, env);
    }

    private static void AssertOneClearFailure((int Exit, string Output) result, int exit, string phrase)
    {
        Assert.DoesNotContain("   at ", result.Output);
        Assert.DoesNotContain("Unhandled exception", result.Output);
        Assert.DoesNotContain("Exception:", result.Output);
        Assert.True(result.Output.Contains(phrase, StringComparison.Ordinal), result.Output);
        Assert.Equal(exit, result.Exit);
    }

    [Fact]
    public void MissingPlanFile_SaysNotFound() =>
        AssertOneClearFailure(Run(plan: _dir.File("nope.yaml")), 1, "nope.yaml:0: [plan] plan file not found");

    [Fact]
    public void FolderAsPlan_SaysItIsAFolder() =>
        AssertOneClearFailure(Run(plan: _dir.Path), 1, "[plan] is a folder; --plan takes a plan file");

    [Fact]
    public void DefaultPlan_OutsideTheRepository_SaysWhereItLooked() =>
        AssertOneClearFailure(Run(workingFolder: _dir.Path), 1,
            $"rules/plans/bank-card-center.yaml:0: [plan] plan file not found (looked from {_dir.Path})");

    [Theory]
    [InlineData("text", "is not a PayCalc database (not an SQLite file)")]
    [InlineData("random", "is not a PayCalc database (not an SQLite file)")]
    [InlineData("folder", "is a folder, not a database file")]
    [InlineData("under-a-file", "is a file, not a folder")]
    public void DatabaseThatIsNotADatabase_IsRefusedUntouched(string kind, string phrase)
    {
        var db = _dir.File("x.db");
        switch (kind)
        {
            case "text": File.WriteAllText(db, "hello\n"); break;
            case "random": File.WriteAllBytes(db, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray()); break;
            case "folder": Directory.CreateDirectory(db); break;
            case "under-a-file": File.WriteAllText(db, "x"); db = Path.Combine(db, "inner.db"); break;
        }
        var before = File.Exists(db) ? File.ReadAllBytes(db) : null;

        AssertOneClearFailure(Run(db: db), 1, phrase);

        if (before is not null) Assert.Equal(before, File.ReadAllBytes(db));
        Assert.False(Directory.Exists(_dir.File("out")));
    }

    [Fact]
    public void AnotherApplicationsSqliteFile_IsRefusedAndItsJournalModeKept()
    {
        var db = _dir.File("crm.db");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var create = c.CreateCommand();
            create.CommandText = "CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customer(name) VALUES ('张三');";
            create.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(db);

        AssertOneClearFailure(Run(db: db), 1, "is another application's SQLite database, not PayCalc's");
        AssertOneClearFailure(Paycalc(["status", "--db", db]), 1, "is another application's SQLite database");

        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Fact]
    public void DatabaseOfANewerPayCalc_IsRefused()
    {
        var db = _dir.File("newer.db");
        _ = new PayrollStore(db, TimeProvider.System);
        using (var ctx = new PayCalcDbContext(new DbContextOptionsBuilder<PayCalcDbContext>().UseSqlite($"Data Source={db};Pooling=False").Options))
            ctx.SchemaVersions.Where(v => v.Version == PayCalcDbContext.SchemaVersion).ExecuteUpdate(s => s.SetProperty(v => v.Version, 99));

        AssertOneClearFailure(Paycalc(["status", "--db", db]), 1, "was written by a newer PayCalc (schema version 99; this PayCalc reads version 7)");
    }

    [Theory]
    [InlineData("file", "is a file, not a folder")]
    [InlineData("under-a-file", "which is a file")]
    [InlineData("read-only", "cannot be written")]
    [InlineData("json-is-a-folder", "payslips.json is a folder; remove or rename it")]
    public void OutputFolderThatCannotBeWritten_IsRefusedBeforeAnythingIsStored(string kind, string phrase)
    {
        var output = _dir.File("out");
        switch (kind)
        {
            case "file": File.WriteAllText(output, "x"); break;
            case "under-a-file": File.WriteAllText(output, "x"); output = Path.Combine(output, "2026-10"); break;
            // Root may write anywhere on an ordinary file system; /proc takes no new files from anyone.
            case "read-only": output = "/proc/paycalc-out"; break;
            case "json-is-a-folder": Directory.CreateDirectory(Path.Combine(output, "payslips.json")); break;
        }

        AssertOneClearFailure(Run(output: output), 1, phrase);

        Assert.False(File.Exists(_dir.File("paycalc.db")));
    }

    [Fact]
    public void DatabaseLockedByAnotherProcess_SaysBusyAndChangesNothing()
    {
        var db = _dir.File("busy.db");
        _ = new PayrollStore(db, TimeProvider.System);
        using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        holder.Open();
        using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();
        var env = new Dictionary<string, string> { ["PAYCALC_BUSYTIMEOUTSECONDS"] = "1" };

        AssertOneClearFailure(Run(db: db, env: env), 1, "database busy: another PayCalc run or tool has held");
        AssertOneClearFailure(Paycalc(["approve", "--period", "2026-10", "--db", db], env: env), 1, "database busy");
    }

    /// <summary>A copy of the example October whose <paramref name="file"/> gets <paramref name="change"/> done to its zip.</summary>
    private string ExampleWith(string file, Action<ZipArchive> change)
    {
        var input = Directory.CreateDirectory(_dir.File("input")).FullName;
        foreach (var f in Directory.GetFiles(Example)) File.Copy(f, Path.Combine(input, Path.GetFileName(f)));
        using var zip = ZipFile.Open(Path.Combine(input, file), ZipArchiveMode.Update);
        change(zip);
        return input;
    }

    [Fact]
    public void XlsxWithADtd_IsOneInputError()
    {
        var input = ExampleWith("agents.xlsx", zip =>
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var root = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write(xml[..root] + "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">]>" + xml[root..]);
        });

        AssertOneClearFailure(Run(input: input), 2, "1 problem(s) in the input; nothing was stored or written:\n  agents.xlsx::0:: the workbook part xl/workbook.xml contains a DTD (<!DOCTYPE>)");
        Assert.False(File.Exists(_dir.File("paycalc.db")));
    }

    [Fact]
    public void XlsxZipBomb_IsRefusedBeforeInflating_WithTheLimitFromTheSettings()
    {
        var input = ExampleWith("attendance.xlsx", zip =>
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet9.xml", CompressionLevel.Optimal).Open();
            var row = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c><v>0</v></c></row>", 1000)));
            for (var written = 0L; written < 40L << 20; written += row.Length) s.Write(row);
        });
        var env = new Dictionary<string, string> { ["PAYCALC_IMPORT__MAXXLSXUNCOMPRESSEDBYTES"] = (16L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        AssertOneClearFailure(Run(input: input, env: env), 2, "more than the limit of 16,777,216");
    }

    [Theory]
    [InlineData(new[] { "run", "--period", "2026-13", "--input", "x" }, 2, "--period must be yyyy-MM: '2026-13'")]
    [InlineData(new[] { "run", "--period", "2026-10", "--input", "x", "--encoding", "klingon" }, 1, "--encoding 'klingon' is not an encoding PayCalc knows")]
    [InlineData(new[] { "run", "--period", "2026-10", "--input", "x", "--frobnicate" }, 1, "Unrecognized command or argument '--frobnicate'")]
    [InlineData(new[] { "explain", "--period", "2026-10", "--agent", "A001", "--db", "/nonexistent/paycalc.db" }, 1, "No database at /nonexistent/paycalc.db")]
    [InlineData(new[] { "payslips", "--period", "2026-13", "--out", "x" }, 1, "--period must be yyyy-MM: '2026-13'")]
    [InlineData(new[] { "payslips", "--period", "2026-10", "--agents", ",", "--out", "x" }, 1, "--agents needs at least one agent id")]
    [InlineData(new[] { "payslips", "--period", "2026-10", "--out", "x", "--db", "/nonexistent/paycalc.db" }, 1, "No database at /nonexistent/paycalc.db")]
    public void BadOptions_OneLineEach(string[] args, int exit, string phrase) => AssertOneClearFailure(Paycalc(args), exit, phrase);

    [Fact]
    public void UnexpectedFailure_OneLineOnTheConsoleAndTheDetailsInTheLog()
    {
        var log = _dir.File(Path.Combine("logs", "paycalc-errors.log"));
        var errors = new StringWriter();
        Exception thrown;
        try
        {
            throw new NotSupportedException("a case nobody planned for");
        }
        catch (NotSupportedException e)
        {
            thrown = e;
        }

        var exit = CliFailure.Report(thrown, errors, log, verbose: false, ["run", "--period", "2026-10"]);

        Assert.Equal(1, exit);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("paycalc: unexpected error (NotSupportedException: a case nobody planned for); nothing was stored. Details are in ", line);
        var logged = File.ReadAllText(log);
        Assert.Contains("paycalc run --period 2026-10", logged);
        Assert.Contains("   at ", logged);
    }
}
