using System.Globalization;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>Base of the per-kind importers: reading typed cells and reporting problems as InputErrors.</summary>
internal abstract class TableImporter
{
    protected TableImporter(TableReader table, InputKind kind, ImportContext context)
    {
        Table = table;
        Kind = kind;
        Context = context;
        ColumnDefs = kind.ColumnsWith(context.Options);
        Columns = new HeaderMap(table, ColumnDefs, context.Errors);
        if (Columns.MissingRequired) context.UnreadKinds.Add(kind.Name);
    }

    protected TableReader Table { get; }

    protected InputKind Kind { get; }

    protected ImportContext Context { get; }

    /// <summary>The kind's columns, with the plan's headers for its metrics.</summary>
    protected IReadOnlyList<ColumnDef> ColumnDefs { get; }

    protected HeaderMap Columns { get; }

    protected int ErrorCount => Context.Errors.Count;

    protected void WarnUnknownColumns()
    {
        foreach (var i in Columns.Unknown)
            Context.Warnings.Add($"{Table.FileName}:{Table.Sheet}:{Table.HeaderRow}:{Table.Headers[i]}: " + Messages.Get("Import_UnknownColumnIgnored"));
    }

    /// <summary>The header as written in the file, or the English name when the column is absent.</summary>
    protected string ColumnName(int col, string name) => col >= 0 ? Table.Headers[col] : name;

    protected void Error(int col, string name, string message, bool showValue = true) =>
        Context.Errors.Add(new InputError(Table.FileName, Table.Sheet, Table.Row, ColumnName(col, name), message,
            showValue ? (col < 0 ? "" : Escaped(Table.Text(col))) : null));

    /// <summary>Records that the current row, whose key (agent id, team) was readable, was rejected.</summary>
    protected void Rejected(string key)
    {
        if (key.Length > 0) Context.RejectedKeys.Add((Kind.Name, key));
    }

    /// <summary>
    /// Reads a numeric metric: an error when it is not a number, outside its <see cref="MetricRange"/> when the metric is
    /// known, or above <see cref="ImportOptions.MaxAmount"/> when it is an amount or unknown (a metric PayCalc does not
    /// know may well be money, and no count or duration of one month comes near the limit).
    /// </summary>
    protected bool TryGetMetric(int col, string name, out decimal value)
    {
        if (!Table.TryGetDecimal(col, out value))
        {
            Error(col, name, Messages.Get("Import_NotANumber"));
            return false;
        }
        if (!MetricRange.Known.TryGetValue(name, out var range)) return WithinMaxAmount(col, name, value);
        if (!range.Contains(value))
        {
            Error(col, name, Messages.Format("Import_MetricOutOfRange", name, Messages.Get(range.MeaningKey)));
            return false;
        }
        return !range.Money || WithinMaxAmount(col, name, value);
    }

    /// <summary>
    /// Refuses a money amount above <see cref="ImportOptions.MaxAmount"/> (either sign): such a figure is a typo or a
    /// broken export, and beyond 15 significant digits Excel cannot even hold it.
    /// </summary>
    protected bool WithinMaxAmount(int col, string name, decimal value)
    {
        var max = Context.Options.MaxAmount;
        if (Math.Abs(value) <= max) return true;
        Error(col, name, Messages.Format("Import_AboveMaxAmount", max.ToString("#,0.##", CultureInfo.InvariantCulture)));
        return false;
    }

    /// <summary>
    /// Reports an id or a name holding a control character (U+0000-U+001F, tab and line breaks included; U+007F-U+009F):
    /// such an id never matches what HR types, and a line break or NUL in a name breaks the payslip strips and the files
    /// written from it. Returns false when reported. (U+FFFD, the mark of a wrong encoding, is reported for every cell by
    /// <see cref="TableReader"/>; the row is dropped there.)
    /// </summary>
    protected bool CheckPrintable(int col, string name, ReadOnlySpan<char> text)
    {
        var i = IndexOfUnprintable(text);
        if (i < 0) return true;
        Error(col, name, Messages.Format("Import_ControlCharacter", ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture), i + 1));
        return false;
    }

    private static int IndexOfUnprintable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsUnprintable(text[i])) return i;
        return -1;
    }

    private static bool IsUnprintable(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    /// <summary>The cell as shown in an error message, with unprintable characters written as \uXXXX.</summary>
    private static string Escaped(ReadOnlySpan<char> text)
    {
        if (IndexOfUnprintable(text) < 0) return text.ToString();
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnprintable(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    protected void BlankError(int col, string name) => Error(col, name, Messages.Get("Import_Blank"), showValue: false);

    /// <summary>
    /// A required id or name. True when not blank, even when it holds an unprintable character (reported): the id is
    /// still known, so rows of other files that refer to it are not reported again as unknown.
    /// </summary>
    protected bool RequiredText(int col, string name, out string value)
    {
        var span = Table.Text(col);
        if (span.IsEmpty)
        {
            BlankError(col, name);
            value = "";
            return false;
        }
        CheckPrintable(col, name, span);
        value = span.ToString();
        return true;
    }

    protected bool RequiredDate(int col, string name, out DateOnly value)
    {
        if (Table.IsBlank(col))
        {
            BlankError(col, name);
            value = default;
            return false;
        }
        if (Table.TryGetDate(col, out value)) return true;
        Error(col, name, Messages.Get("Import_NotADate"));
        return false;
    }

    /// <summary>Blank is fine (null); a value that is not a date is an error (returns false).</summary>
    protected bool OptionalDate(int col, string name, out DateOnly? value)
    {
        value = null;
        if (Table.IsBlank(col)) return true;
        if (Table.TryGetDate(col, out var d))
        {
            value = d;
            return true;
        }
        Error(col, name, Messages.Get("Import_NotADate"));
        return false;
    }

    protected bool RequiredDecimal(int col, string name, out decimal value)
    {
        if (Table.IsBlank(col))
        {
            BlankError(col, name);
            value = 0;
            return false;
        }
        if (Table.TryGetDecimal(col, out value)) return true;
        Error(col, name, Messages.Get("Import_NotANumber"));
        return false;
    }

    protected bool OptionalDecimal(int col, string name, out decimal? value)
    {
        value = null;
        if (Table.IsBlank(col)) return true;
        if (Table.TryGetDecimal(col, out var d))
        {
            value = d;
            return true;
        }
        Error(col, name, Messages.Get("Import_NotANumber"));
        return false;
    }

    protected bool RequiredPeriod(int col, string name, out Domain.Period value)
    {
        if (Table.IsBlank(col))
        {
            BlankError(col, name);
            value = default;
            return false;
        }
        if (Table.TryGetPeriod(col, out value)) return true;
        Error(col, name, Messages.Get("Import_NotAPeriod"));
        return false;
    }

    /// <summary>
    /// Finds the agent of the row in the roster. Returns the agent when it is known and valid; reports a
    /// blank id or an id not in the roster; returns null without a new error when the roster row was itself invalid.
    /// </summary>
    protected Agent? LookupAgent(int col, out string agentId)
    {
        var text = Table.Text(col);
        if (text.IsEmpty)
        {
            agentId = "";
            BlankError(col, "agent_id");
            return null;
        }
        if (Context.RosterBySpan.TryGetValue(text, out var entry))
        {
            agentId = entry.AgentId;
            return entry.Agent;
        }
        agentId = text.ToString();
        if (Context.RosterUnavailable)
        {
            // Known from now on, as an agent whose roster row is unknown: the row's other checks still run.
            Context.Roster[agentId] = new RosterEntry(agentId, Context.Roster.Count, null);
            return null;
        }
        Error(col, "agent_id", Messages.Format("Import_AgentNotInRoster", agentId));
        return null;
    }

    protected static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reports when the agent is not employed on the date (before hire or after termination).</summary>
    protected void CheckEmployed(Agent agent, DateOnly date, int col, string name)
    {
        if (agent.IsEmployedOn(date)) return;
        var why = date < agent.HireDate
            ? Messages.Format("Import_HiredOn", Iso(agent.HireDate))
            : Messages.Format("Import_TerminatedOn", Iso(agent.TerminationDate!.Value));
        Error(col, name, Messages.Format("Import_NotEmployedOn", agent.AgentId, Iso(date), why));
    }
}
