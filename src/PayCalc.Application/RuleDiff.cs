using PayCalc.Domain;
using PayCalc.Rules.Compilation;
using PayCalc.Rules.Loading;
using PayCalc.Rules.Model;

namespace PayCalc.Application;

/// <summary>
/// <c>paycalc rules diff OLD NEW</c>: loads both sides and prints their rule-level differences
/// (<see cref="RuleComparison"/>). A side is a plan file; its calendar is compared too when the plan's rules folder
/// has one (<c>calendars/</c> beside <c>plans/</c>). A side <c>period:yyyy-MM</c> is the rule snapshot a stored month
/// was computed with (<see cref="RuleSnapshot"/>), read from <paramref name="databasePath"/>. Exit 0 with or without
/// changes (it is a report), 1 when a side does not load or a month has no stored snapshot.
/// </summary>
public sealed class RuleDiff(TextWriter output, TextWriter errors, string? databasePath = null, TimeProvider? time = null)
{
    private readonly List<string> _folders = [];

    /// <summary>How a side names a stored month's rule snapshot: <c>period:2026-10</c>.</summary>
    public const string PeriodPrefix = "period:";

    public int Run(string oldSide, string newSide, RuleDiffFormat format)
    {
        ArgumentNullException.ThrowIfNull(oldSide);
        ArgumentNullException.ThrowIfNull(newSide);
        try
        {
            return LoadBoth(oldSide, newSide) is { } sides ? Report(sides.Old, sides.New, format) : PayrollRunner.Failure;
        }
        finally
        {
            RemoveCopies();
        }
    }

    /// <summary>The changes from <paramref name="oldSide"/> to <paramref name="newSide"/> (each a plan file or
    /// <c>period:yyyy-MM</c>), or null when a side does not load (said on the error writer).</summary>
    public IReadOnlyList<RuleChange>? Changes(string oldSide, string newSide)
    {
        ArgumentNullException.ThrowIfNull(oldSide);
        ArgumentNullException.ThrowIfNull(newSide);
        try
        {
            return LoadBoth(oldSide, newSide) is { } sides ? RuleComparison.Compare(sides.Old, sides.New) : null;
        }
        finally
        {
            RemoveCopies();
        }
    }

    /// <summary>A stored snapshot is read from a temporary copy, kept while the comparison is made.</summary>
    private void RemoveCopies()
    {
        foreach (var folder in _folders)
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        _folders.Clear();
    }

    private (RuleSide Old, RuleSide New)? LoadBoth(string oldSide, string newSide)
    {
        var olds = Load(oldSide, FinanceText.Get("Diff_LabelOld"));
        var news = Load(newSide, FinanceText.Get("Diff_LabelNew"));
        if (olds is null || news is null) return null;
        if (olds.Calendar is null || news.Calendar is null)
            errors.WriteLine(FinanceText.Format("Diff_CalendarsNotCompared",
                string.Join(FinanceText.Get("Diff_And"), new[] { olds, news }.Where(s => s.Calendar is null).Select(s => s.Label).Distinct())));
        return (olds, news);
    }

    /// <summary>Prints the changes between two loaded sides (a plan file, or later a stored snapshot); always 0.</summary>
    public int Report(RuleSide olds, RuleSide news, RuleDiffFormat format)
    {
        ArgumentNullException.ThrowIfNull(olds);
        ArgumentNullException.ThrowIfNull(news);
        var changes = RuleComparison.Compare(olds, news);
        if (format == RuleDiffFormat.Json) RuleChangeReport.WriteJson(output, changes);
        else RuleChangeReport.WriteText(output, olds.Label, news.Label, changes);
        return PayrollRunner.Ok;
    }

    private RuleSide? Load(string path, string which)
    {
        try
        {
            if (path.StartsWith(PeriodPrefix, StringComparison.OrdinalIgnoreCase)) return LoadPeriod(path, which);
            return LoadPlanFile(path);
        }
        catch (RuleLoadException ex)
        {
            errors.WriteLine(FinanceText.Format("Diff_SideNotLoaded", which, path, ex.Errors.Count));
            foreach (var e in ex.Errors) errors.WriteLine("  " + e);
            return null;
        }
    }

    /// <summary>The rules a stored month was computed with (<c>period:2026-10</c>), from its snapshot; null (said on the
    /// error writer) when the text is not a month, there is no database, or the month has no stored snapshot.</summary>
    private RuleSide? LoadPeriod(string side, string which)
    {
        var text = side[PeriodPrefix.Length..];
        if (!Period.TryParse(text, out var period))
        {
            errors.WriteLine(FinanceText.Format("Diff_BadPeriodSide", which, side));
            return null;
        }
        if (databasePath is null || !File.Exists(databasePath))
        {
            errors.WriteLine(FinanceText.Format("Diff_NoDatabase", databasePath ?? FinanceText.Get("Diff_None"), period));
            return null;
        }
        var store = Database.Open(databasePath, time ?? TimeProvider.System, PayCalc.Storage.PayrollDatabase.DefaultBusyTimeoutSeconds, errors);
        var files = store.RuleSnapshots.Read(period);
        if (files.Count == 0)
        {
            errors.WriteLine(FinanceText.Format("Diff_NoSnapshot", period));
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"paycalc-rules-{period}-{Guid.NewGuid():N}");
        _folders.Add(folder);
        var (planPath, _) = RuleSnapshot.WriteTo(files, folder);
        var loaded = LoadPlanFile(planPath);
        return loaded with { Label = side };
    }

    /// <summary>
    /// Compiles the plan as a run would (names, types, units, cycles: what loading alone does not check), for the first
    /// month in which every parameter and city value has a value in force, so a side with a broken formula does not load.
    /// A plan that ends before that month is compared without compiling.
    /// </summary>
    /// <exception cref="RuleLoadException">Every problem found, with file and line.</exception>
    private static void Compile(PlanDefinition plan)
    {
        var firsts = plan.Parameters.Concat(plan.Cities.SelectMany(c => c.Parameters)).Select(FirstDate).OfType<DateOnly>();
        var day = firsts.Append(plan.EffectiveFrom).Max();
        var period = new Period(day.Year, day.Month);
        if (day.Day != 1) period = period.Next();
        if (plan.AppliesTo(period)) PlanCompiler.Compile(plan, period);
    }

    private static DateOnly? FirstDate(ParameterDefinition p) => p switch
    {
        ValueParameter v => v.Values.Min(d => (DateOnly?)d.From),
        TableParameter t => t.Values.Min(d => (DateOnly?)d.From),
        ScaleParameter s => s.Values.Min(d => (DateOnly?)d.From),
        BracketParameter b => b.Values.Min(d => (DateOnly?)d.From),
        _ => null,
    };

    /// <summary>A plan file and, when its rules folder has a <c>calendars/</c> folder beside <c>plans/</c>, the plan's calendar.</summary>
    /// <exception cref="RuleLoadException">Every problem with the rule files, each with file and line.</exception>
    public static RuleSide LoadPlanFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw new RuleLoadException([new RuleError(path, 0, "plan", DiffText.Get("Load_IsFolder"))]);
        if (!File.Exists(path))
            throw new RuleLoadException([new RuleError(path, 0, "plan", DiffText.Format("Load_NotFound", Directory.GetCurrentDirectory()))]);
        var plan = PlanLoader.Load(path);
        Compile(plan);
        var plans = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var calendars = Path.GetFullPath(Path.Combine(plans, "..", "calendars"));
        var reachable = Directory.Exists(calendars) && Directory.EnumerateFiles(calendars, $"{plan.Calendar}-*.yaml").Any();
        return new RuleSide(path, plan, reachable ? CalendarLoader.LoadAll(calendars, plan.Calendar) : null);
    }
}
