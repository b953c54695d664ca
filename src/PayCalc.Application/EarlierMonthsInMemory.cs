using PayCalc.Domain;
using PayCalc.Rules.Runtime;

namespace PayCalc.Application;

/// <summary>
/// Earlier months computed in memory that a month reads instead of their stored runs: every month from
/// <paramref name="From"/> on is taken from <paramref name="History"/> (built with <see cref="PayrollHistory.Including(Domain.Payroll.PayrollResult)"/>),
/// the months before it from the store. A simulation of 2026-10..12 computes December with From = 2026-10 and the
/// simulated October and November.
/// </summary>
public sealed record EarlierMonthsInMemory(Period From, PayrollHistory History);
