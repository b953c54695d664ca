namespace PayCalc.Rules.Evaluation;

/// <summary>
/// What one agent's expressions can see: facts the engine derives from the inputs, the values of
/// components already computed, and a few helper functions. Nothing else is reachable.
/// </summary>
public sealed class AgentScope
{
    internal AgentScope(int componentCount, int metricCount, int textCount, int teamMetricCount, int historyCount = 0)
    {
        H = new decimal[historyCount];
        HM = new MonthlyHistory[historyCount];
        V = new decimal[componentCount];
        M = new decimal[metricCount];
        T = new string[textCount];
        TM = new decimal[teamMetricCount];
    }

    /// <summary>Component values (line amounts as rounded; booleans as 1/0), by compiled slot.</summary>
    public readonly decimal[] V;
    /// <summary>Numeric metrics declared by the plan, by slot (0 when the agent has no metrics row).</summary>
    public readonly decimal[] M;
    /// <summary>Text metrics declared by the plan, by slot ("" when missing).</summary>
    public readonly string[] T;
    /// <summary>Team metrics declared by the plan, by slot.</summary>
    public readonly decimal[] TM;

    /// <summary>The agent's city-profile parameter values, by slot (shared by every agent of the city; never written).</summary>
    public decimal[] C = [];
    /// <summary>History values (earlier months plus opening balance), by slot.</summary>
    public readonly decimal[] H;
    /// <summary>Month-by-month history values (<c>by_month</c>), by the same slots as <see cref="H"/>.</summary>
    public readonly MonthlyHistory[] HM;

    /// <summary>Display values already formatted for explanations, by compiled id (filled lazily).</summary>
    internal string?[] Formatted = [];

    public string AgentId { get; internal set; } = "";
    public string Team { get; internal set; } = "";
    public decimal BaseSalary { get; internal set; }
    public decimal WorkingDays { get; internal set; }
    public decimal EmployedWorkingDays { get; internal set; }
    public decimal ProbationWorkingDays { get; internal set; }
    public decimal EmployedCalendarDays { get; internal set; }
    public decimal CalendarDays { get; internal set; }
    public bool OnProbationLastEmployedDay { get; internal set; }
    public bool HasMetrics { get; internal set; }
    public bool HasTeamMetrics { get; internal set; }
    /// <summary>Statutory city profile code (roster column, else the plan's default).</summary>
    public string City { get; internal set; } = "";
    /// <summary>Month number of the period, 1-12.</summary>
    public decimal MonthOfYear { get; internal set; }
    public decimal SpecialAdditionalDeduction { get; internal set; }
    public decimal DeclaredContributionBase { get; internal set; }
    public bool HasContributionBase { get; internal set; }
    public decimal DeclaredHousingFundRate { get; internal set; }
    public bool HasHousingFundRate { get; internal set; }
    public bool FirstWageIncomeOfYear { get; internal set; }
    public bool PriorYearLowIncome { get; internal set; }
    public decimal ContractTermMonths { get; internal set; }
    public bool HasContractTerm { get; internal set; }
    public decimal ProbationMonths { get; internal set; }
    public bool HasOpeningBalance { get; internal set; }
    /// <summary>Employed on the last day of the month.</summary>
    public bool EmployedOnMonthEnd { get; internal set; }
    /// <summary>Months of the period's year, up to and including the period, on whose last day the agent is employed (from hire and termination dates).</summary>
    public decimal MonthEndsEmployedThisYear { get; internal set; }
    /// <summary>The period is the last month of a calendar quarter (March, June, September, December).</summary>
    public bool QuarterEndMonth { get; internal set; }
    /// <summary>Sum of the earning lines, set once every line is computed (checks read it as <c>gross_pay</c>).</summary>
    public decimal GrossPay { get; internal set; }
    /// <summary>Gross plus the deduction lines, set once every line is computed (checks read it as <c>net_pay</c>).</summary>
    public decimal NetPay { get; internal set; }
    public IReadOnlyList<ShiftFact> Shifts { get; internal set; } = [];
    public IReadOnlyList<LeaveFact> Leave { get; internal set; } = [];
    public IReadOnlyList<DealFact> Deals { get; internal set; } = [];

    /// <summary><paramref name="x"/> limited to [lo, hi].</summary>
    public decimal Clamp(decimal x, decimal lo, decimal hi) => x < lo ? lo : x > hi ? hi : x;

    /// <summary>Rounded to 2 decimals, half away from zero (for values the plan defines as rounded, like a score).</summary>
    public decimal Round2(decimal x) => Domain.Money.Round(x);

    /// <summary>Rounded to <paramref name="decimals"/> decimals (0 = whole yuan), half away from zero, for city rounding rules.</summary>
    public decimal RoundTo(decimal x, decimal decimals) =>
        decimals is >= 0 and <= 4 && decimals == decimal.Truncate(decimals)
            ? Domain.Money.Round(x, (int)decimals)
            : throw new RuleEvaluationException(RuleMessages.Format("Eval_RoundTo", decimals));
}
