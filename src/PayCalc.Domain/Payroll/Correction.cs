namespace PayCalc.Domain.Payroll;

/// <summary>
/// A correction of a closed month: the line-by-line differences between the month as paid and as recomputed from
/// corrected inputs, and how the next open month's payslips carry them. The closed month itself never changes.
/// </summary>
public static class Correction
{
    /// <summary>
    /// One adjustment per agent and earning or deduction line whose recomputed amount differs from what was paid for
    /// it: the stored amount plus adjustments already posted for that line (so correcting twice posts only the new
    /// difference). A line missing on one side counts 0. Adjustment lines of the closed month itself are not
    /// recomputed and not compared. Ordered by agent id, then line order of the recomputed payslips.
    /// </summary>
    /// <param name="corrected">The closed month being corrected.</param>
    /// <param name="paidIn">The month whose payslips will carry the adjustments.</param>
    /// <param name="paid">The closed month's stored lines (only earning and deduction lines are compared).</param>
    /// <param name="recomputed">The closed month's payslips recomputed from the corrected inputs.</param>
    /// <param name="postedBefore">Adjustments posted by earlier corrections of the month.</param>
    public static IReadOnlyList<Adjustment> Differences(Period corrected, Period paidIn,
        IEnumerable<(string AgentId, string Code, LineCategory Category, decimal Amount)> paid,
        IEnumerable<Payslip> recomputed, IEnumerable<Adjustment> postedBefore)
    {
        static bool Pays(LineCategory c) => c is LineCategory.Earning or LineCategory.Deduction;
        var before = new Dictionary<(string, string), (LineCategory Category, decimal Amount)>();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add((string Agent, string Code) key, LineCategory category, decimal amount) =>
            before[key] = (category, before.GetValueOrDefault(key).Amount + amount);
        foreach (var p in paid.Where(p => Pays(p.Category) && p.Code != Adjustment.Code)) Add((p.AgentId, p.Code), p.Category, p.Amount);
        foreach (var a in postedBefore.Where(a => a.CorrectedPeriod == corrected)) Add((a.AgentId, a.LineCode), a.Category, a.Amount);

        var after = new Dictionary<(string, string), (LineCategory Category, decimal Amount)>();
        foreach (var slip in recomputed)
            foreach (var line in slip.Lines.Where(l => Pays(l.Category) && l.Code != Adjustment.Code))
            {
                after[(slip.AgentId, line.Code)] = (line.Category, line.Amount);
                order.TryAdd(line.Code, order.Count);
            }

        return before.Keys.Union(after.Keys)
            .Select(k => (Key: k, Before: before.GetValueOrDefault(k), After: after.GetValueOrDefault(k)))
            .Where(x => x.Before.Amount != x.After.Amount)
            .OrderBy(x => x.Key.Item1, StringComparer.Ordinal)
            .ThenBy(x => order.GetValueOrDefault(x.Key.Item2, int.MaxValue)).ThenBy(x => x.Key.Item2, StringComparer.Ordinal)
            .Select(x => new Adjustment
            {
                CorrectedPeriod = corrected,
                PaidIn = paidIn,
                AgentId = x.Key.Item1,
                LineCode = x.Key.Item2,
                Category = after.ContainsKey(x.Key) ? x.After.Category : x.Before.Category,
                Before = x.Before.Amount,
                After = x.After.Amount,
            })
            .ToList();
    }

    /// <summary>
    /// The month's result with each agent's adjustments appended as lines (after the plan's lines, in the order
    /// given) and the adjustment line defined for the register. Adjustments of agents without a payslip this month
    /// are not paid: each becomes an exception (<c>adjustment_not_paid</c>) for HR to settle off-cycle.
    /// </summary>
    public static PayrollResult AddTo(PayrollResult result, IReadOnlyList<Adjustment> adjustments)
    {
        if (adjustments.Count == 0) return result;
        var byAgent = adjustments.ToLookup(a => a.AgentId, StringComparer.Ordinal);
        var payslips = result.Payslips
            .Select(p => byAgent.Contains(p.AgentId) ? p with { Lines = p.Lines.Concat(byAgent[p.AgentId].Select(a => a.ToLine())).ToList() } : p)
            .ToList();
        var agents = result.Payslips.Select(p => p.AgentId).ToHashSet(StringComparer.Ordinal);
        var unpaid = adjustments.Where(a => !agents.Contains(a.AgentId))
            .Select(a => new PayrollFlag(a.AgentId, "adjustment_not_paid",
                $"correction of {a.CorrectedPeriod} {a.LineCode} cannot be paid in {result.Period}: no payslip this month; settle it off-cycle"));
        return result with
        {
            Payslips = payslips,
            LineDefinitions = result.LineDefinitions.Append(new LineDefinition(Adjustment.Code, "以前月份调整", "Adjustments of earlier months", LineCategory.Earning)).ToList(),
            Flags = result.Flags.Concat(unpaid).ToList(),
        };
    }
}
