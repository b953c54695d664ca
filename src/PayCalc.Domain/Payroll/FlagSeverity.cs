namespace PayCalc.Domain.Payroll;

/// <summary>How much an exception weighs. A plan's <c>flags:</c> are warnings; a check says its own.
/// <see cref="Blocking"/> stops approval until someone acknowledges it with a reason.</summary>
public enum FlagSeverity
{
    Info,
    Warning,
    Blocking,
}
