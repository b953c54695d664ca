namespace PayCalc.Rules.Model;

/// <summary>What a pattern of a check shares with the judged payslip (<c>on:</c>), widest last. The widest key of a
/// check decides its sessions: NRules compares every pair of facts of a join, so facts meet only in the smallest
/// group that can match (an agent's facts, a team's); <see cref="All"/> (the whole population) only when written.</summary>
public enum CheckKey
{
    Agent,
    Team,
    All,
}
