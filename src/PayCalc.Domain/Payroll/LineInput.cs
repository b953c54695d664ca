namespace PayCalc.Domain.Payroll;

/// <summary>A named value that went into a payslip line, formatted invariantly (e.g. <c>B = 5220</c>).</summary>
public readonly record struct LineInput(string Name, string Value);
