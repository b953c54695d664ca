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
        Columns = new HeaderMap(table, kind, context.Errors);
    }

    protected TableReader Table { get; }

    protected InputKind Kind { get; }

    protected ImportContext Context { get; }

    protected HeaderMap Columns { get; }

    protected int ErrorCount => Context.Errors.Count;

    protected void WarnUnknownColumns()
    {
        foreach (var i in Columns.Unknown)
            Context.Warnings.Add($"{Table.FileName}:{Table.Sheet}:{Table.HeaderRow}:{Table.Headers[i]}: unknown column ignored");
    }

    /// <summary>The header as written in the file, or the English name when the column is absent.</summary>
    protected string ColumnName(int col, string name) => col >= 0 ? Table.Headers[col] : name;

    protected void Error(int col, string name, string message, bool showValue = true) =>
        Context.Errors.Add(new InputError(Table.FileName, Table.Sheet, Table.Row, ColumnName(col, name), message,
            showValue ? Table.Display(col) : null));

    protected void BlankError(int col, string name) => Error(col, name, "required value is blank", showValue: false);

    protected bool RequiredText(int col, string name, out string value)
    {
        var span = Table.Text(col);
        if (span.IsEmpty)
        {
            BlankError(col, name);
            value = "";
            return false;
        }
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
        Error(col, name, "not a date (expected yyyy-MM-dd or an Excel date)");
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
        Error(col, name, "not a date (expected yyyy-MM-dd or an Excel date)");
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
        Error(col, name, "not a number");
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
        Error(col, name, "not a number");
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
        Error(col, name, "not a period (expected yyyy-MM)");
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
        Error(col, "agent_id", $"agent {agentId} is not in the roster (agents file)");
        return null;
    }

    protected static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reports when the agent is not employed on the date (before hire or after termination).</summary>
    protected void CheckEmployed(Agent agent, DateOnly date, int col, string name)
    {
        if (agent.IsEmployedOn(date)) return;
        var why = date < agent.HireDate
            ? $"hired {Iso(agent.HireDate)}"
            : $"terminated {Iso(agent.TerminationDate!.Value)}";
        Error(col, name, $"agent {agent.AgentId} is not employed on {Iso(date)} ({why})");
    }
}
