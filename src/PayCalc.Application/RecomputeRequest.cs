using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>
/// What recomputing a stored month needs: the month, the database holding its run and the earlier months, the rules
/// folder, and the plan file (null = the plan file the run names in its settings, <c>plan_file</c>). <see
/// cref="MonthRequest.Import"/> only matters for reading the run's input files for what the database does not hold.
/// </summary>
public sealed record RecomputeRequest(Period Period, string DatabasePath, string RulesDirectory, string? PlanPath = null)
    : MonthRequest;
