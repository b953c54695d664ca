using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Files.Import;

/// <summary>Reads the roster and fills <see cref="ImportContext.Roster"/> for the other files.</summary>
internal sealed class AgentsImporter(TableReader table, ImportContext context)
    : TableImporter(table, InputKind.Agents, context)
{
    public List<Agent> Read()
    {
        var agents = new List<Agent>();
        if (Columns.MissingRequired) return agents;
        WarnUnknownColumns();
        int cId = Columns["agent_id"], cName = Columns["name"], cTeam = Columns["team"], cHire = Columns["hire_date"],
            cProb = Columns["probation_end"], cTerm = Columns["termination_date"], cBase = Columns["base_salary"],
            cCity = Columns["city"], cContrib = Columns["contribution_base"], cHf = Columns["housing_fund_rate"],
            cSad = Columns["special_additional_deduction"], cFirst = Columns["first_income_of_year"],
            cLow = Columns["prior_year_low_income"], cTerm2 = Columns["contract_term_months"];
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        while (Table.Read())
        {
            var before = ErrorCount;
            var hasId = RequiredText(cId, "agent_id", out var id);
            var duplicate = false;
            if (hasId)
            {
                if (firstRow.TryGetValue(id, out var first))
                {
                    Error(cId, "agent_id", Messages.Format("Import_DuplicateAgentId", first));
                    duplicate = true;
                }
                else firstRow[id] = Table.Row;
            }
            RequiredText(cName, "name", out var name);
            RequiredText(cTeam, "team", out var team);
            var hireOk = RequiredDate(cHire, "hire_date", out var hire);
            var probOk = OptionalDate(cProb, "probation_end", out var probation);
            var termOk = OptionalDate(cTerm, "termination_date", out var termination);
            if (hireOk && probOk && probation is { } p && p < hire)
                Error(cProb, "probation_end", Messages.Format("Import_ProbationBeforeHire", Iso(hire)));
            if (hireOk && termOk && termination is { } t && t < hire)
                Error(cTerm, "termination_date", Messages.Format("Import_TerminationBeforeHire", Iso(hire)));
            if (RequiredDecimal(cBase, "base_salary", out var baseSalary) && WithinMaxAmount(cBase, "base_salary", baseSalary) && baseSalary <= 0)
                Error(cBase, "base_salary", Messages.Get("Import_BaseSalaryNotPositive"));
            if (OptionalDecimal(cContrib, "contribution_base", out var contributionBase) && contributionBase is { } cb
                && WithinMaxAmount(cContrib, "contribution_base", cb) && cb < 0)
                Error(cContrib, "contribution_base", Messages.Get("Import_ContributionBaseNegative"));
            if (OptionalDecimal(cHf, "housing_fund_rate", out var hfRate) && hfRate is < 0 or > 1)
                Error(cHf, "housing_fund_rate", Messages.Get("Import_HousingFundRateRange"));
            if (OptionalDecimal(cSad, "special_additional_deduction", out var sad) && sad is { } sd
                && WithinMaxAmount(cSad, "special_additional_deduction", sd) && sd < 0)
                Error(cSad, "special_additional_deduction", Messages.Get("Import_SpecialDeductionNegative"));
            string? city = null;
            if (!Table.IsBlank(cCity))
            {
                CheckPrintable(cCity, "city", Table.Text(cCity));
                city = Table.Text(cCity).ToString();
            }
            var firstIncome = OptionalFlag(cFirst, "first_income_of_year");
            var lowIncome = OptionalFlag(cLow, "prior_year_low_income");
            int? contractTerm = null;
            if (!Table.IsBlank(cTerm2))
            {
                var text = Table.Text(cTerm2).ToString().Trim();
                if (text is "open" or "open-ended" or "无固定期限") contractTerm = Agent.OpenEndedContractMonths;
                else if (Table.TryGetDecimal(cTerm2, out var months) && months > 0 && months == decimal.Truncate(months)) contractTerm = (int)months;
                else Error(cTerm2, "contract_term_months", Messages.Get("Import_ContractTerm"));
            }

            Agent? agent = null;
            if (ErrorCount == before)
            {
                agent = new Agent
                {
                    AgentId = id,
                    Name = name,
                    Team = team,
                    HireDate = hire,
                    ProbationEnd = probation,
                    TerminationDate = termination,
                    BaseSalary = baseSalary,
                    City = city,
                    ContributionBase = contributionBase,
                    HousingFundRate = hfRate,
                    SpecialAdditionalDeduction = sad,
                    FirstWageIncomeOfYear = firstIncome,
                    PriorYearLowIncome = lowIncome,
                    ContractTermMonths = contractTerm,
                    Source = new SourceRef(Table.FileName, Table.Sheet, Table.Row),
                };
                agents.Add(agent);
            }
            if (hasId && !duplicate)
                Context.Roster[id] = new RosterEntry(id, Context.Roster.Count, agent);
        }
        return agents;
    }

    /// <summary>A yes/no column: blank = no; yes, y, true, 1, 是 = yes; no, n, false, 0, 否 = no; anything else is an error.</summary>
    private bool OptionalFlag(int col, string name)
    {
        if (Table.IsBlank(col)) return false;
        var text = Table.Text(col).ToString().Trim().ToLowerInvariant();
        if (text is "yes" or "y" or "true" or "1" or "是") return true;
        if (text is "no" or "n" or "false" or "0" or "否") return false;
        Error(col, name, Messages.Get("Import_NotYesNo"));
        return false;
    }
}
