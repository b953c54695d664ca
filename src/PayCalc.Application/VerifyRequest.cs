using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>
/// What <c>paycalc verify</c> needs: the month and the database. The month is recomputed with its stored rule snapshot;
/// <see cref="PlanPath"/> (with <see cref="RulesDirectory"/> for its calendar) replaces the snapshot, e.g. for a month
/// stored before snapshots existed (schema 5).
/// </summary>
public sealed record VerifyRequest(Period Period, string DatabasePath, string? PlanPath = null, string RulesDirectory = "rules")
    : MonthRequest;
