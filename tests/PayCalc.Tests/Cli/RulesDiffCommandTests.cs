using PayCalc.Cli;
using PayCalc.Cli.Commands;

namespace PayCalc.Tests.Cli;

/// <summary><c>paycalc rules diff OLD NEW [--format text|json]</c>: what the command line accepts.</summary>
public class RulesDiffCommandTests
{
    [Fact]
    public void TwoSidesAndAFormat_Parse()
    {
        var command = RulesDiffCommand.Create(new PayCalcSettings());
        Assert.Equal("diff", command.Name);
        Assert.Empty(command.Parse(["a.yaml", "b.yaml"]).Errors);
        Assert.Empty(command.Parse(["a.yaml", "period:2026-10", "--format", "json"]).Errors);
    }

    [Fact]
    public void MissingSideOrUnknownFormat_IsAParseError()
    {
        var command = RulesDiffCommand.Create(new PayCalcSettings());
        Assert.NotEmpty(command.Parse(["a.yaml"]).Errors);
        Assert.NotEmpty(command.Parse(["a.yaml", "b.yaml", "--format", "xml"]).Errors);
    }
}
