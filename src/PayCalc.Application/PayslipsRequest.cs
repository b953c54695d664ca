using PayCalc.Domain;
using PayCalc.Storage;

namespace PayCalc.Application;

/// <summary>What <see cref="PayslipDocuments"/> writes: the stored month <paramref name="Period"/> of
/// <paramref name="DatabasePath"/>, every agent or only <paramref name="AgentIds"/>, into <paramref name="OutFolder"/>
/// (created if missing), one file per agent or (<paramref name="Combined"/>) one file.</summary>
/// <param name="Period">The stored month.</param>
/// <param name="DatabasePath">The PayCalc database.</param>
/// <param name="OutFolder">Where the PDFs go.</param>
/// <param name="AgentIds">Only these agents; every agent of the month when null.</param>
/// <param name="Combined">One file with every payslip instead of one file per agent.</param>
/// <param name="Company">The employer's name to head each payslip; the plan alone when null.</param>
/// <param name="BusyTimeoutSeconds">How long to wait for a database another command is writing.</param>
public sealed record PayslipsRequest(
    Period Period,
    string DatabasePath,
    string OutFolder,
    IReadOnlyList<string>? AgentIds = null,
    bool Combined = false,
    string? Company = null,
    int BusyTimeoutSeconds = PayrollDatabase.DefaultBusyTimeoutSeconds);
