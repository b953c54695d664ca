namespace PayCalc.Domain.Payroll;

/// <summary>Where a name a formula reads gets its value from.</summary>
public enum TraceKind
{
    /// <summary>Computed by the engine from the roster, attendance, leave or deals (e.g. <c>employed_working_days</c>).</summary>
    Fact,
    /// <summary>An agent's imported KPI metric of the month.</summary>
    Metric,
    /// <summary>A team's imported metric of the month.</summary>
    TeamMetric,
    /// <summary>A plan or statutory parameter: a dated value with its source.</summary>
    Parameter,
    /// <summary>A statutory value of the agent's city profile.</summary>
    CityParameter,
    /// <summary>A sum over the agent's earlier stored months (and the year's opening balance).</summary>
    History,
    /// <summary>Another payslip line of the same payslip.</summary>
    Line,
    /// <summary>An intermediate value of the plan (a variable).</summary>
    Variable,
}
