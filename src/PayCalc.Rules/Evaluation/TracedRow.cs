using PayCalc.Domain;

namespace PayCalc.Rules.Evaluation;

/// <summary>A row a formula can aggregate (shift, leave entry, deal), with what a trace shows of where it came from.
/// Internal, so formulas cannot read it: the expression parser sees public members only.</summary>
internal interface ITracedRow
{
    SourceRef Source { get; }
    /// <summary>A shift's start day, a leave day, a deal's booking day.</summary>
    DateOnly Date { get; }
}
