using PayCalc.Domain;

namespace PayCalc.Application;

/// <summary>What a preview of a month needs: the plan and input folder as for <c>paycalc run</c>, the database its
/// earlier months are read from (it may be missing: then nothing is stored before), and the rules folder.</summary>
public sealed record PreviewRequest(string PlanPath, Period Period, string InputFolder, string DatabasePath, string RulesDirectory)
    : MonthRequest;
