namespace PayCalc.Rules.Model;

/// <summary>A payroll exception the plan raises for HR review when <see cref="When"/> holds.
/// <see cref="Message"/> (Chinese) and the optional <see cref="MessageEn"/> (English) may name values in braces: <c>{OT}</c>. <see cref="File"/> is the file that defines the
/// flag: the plan, or an included module (empty = the plan).</summary>
public sealed record FlagDefinition(string Code, string When, string Message, int Line, string File = "", string? MessageEn = null);
