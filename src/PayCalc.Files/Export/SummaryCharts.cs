using PayCalc.Domain.Payroll;
using ScottPlot;

namespace PayCalc.Files.Export;

/// <summary>The summary sheet's four charts as PNG (ScottPlot): line totals this month and the previous stored month, net
/// pay of the largest teams, the distribution of net pay and exceptions by kind. Titles are in the UI language, in the
/// Chinese font PayCalc ships (<c>Fonts/</c>, as the payslip PDFs), so that a chart looks the same on every machine; axis
/// labels are line codes, team names and numbers. Same input, same bytes (the test of the workbook checks it).</summary>
internal static class SummaryCharts
{
    public const int Width = 760, Height = 420;

    /// <summary>Teams shown on the team chart (largest net first); the table lists every team.</summary>
    public const int TeamsShown = 15;

    /// <summary>Grouped bars per money line: this month (blue) and the previous stored month (grey), plan order.</summary>
    public static byte[] Lines(MonthTotals current, MonthTotals? previous)
    {
        var plot = NewPlot(ExportText.Get("Summary_ChartLines"));
        // Grouped as the table beside it: earnings, deductions, employer lines.
        var lines = new[] { LineCategory.Earning, LineCategory.Deduction, LineCategory.Employer }
            .SelectMany(c => current.Lines.Where(l => l.Category == c)).ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < lines.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3 + 0.5, Value = (double)lines[i].Amount, FillColor = Colors.SteelBlue });
            if (previous?.Line(lines[i].Code) is { } before)
                bars.Add(new Bar { Position = i * 3 + 1.5, Value = (double)before, FillColor = Colors.Gray });
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(lines.Select((_, i) => i * 3 + 1.0).ToArray(), lines.Select(l => l.Code).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 130;
        Legend(plot, current, previous, Colors.SteelBlue);
        return Png(plot);
    }

    /// <summary>Net pay of the <see cref="TeamsShown"/> teams with the largest net (ties by name), with last month's.</summary>
    public static byte[] Teams(MonthTotals current, MonthTotals? previous)
    {
        var teams = current.Teams.OrderByDescending(t => t.Net).ThenBy(t => t.Team, StringComparer.Ordinal).Take(TeamsShown).ToList();
        var plot = NewPlot(ExportText.Format("Summary_ChartTeams", teams.Count));
        var bars = new List<Bar>();
        for (var i = 0; i < teams.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3 + 0.5, Value = (double)teams[i].Net, FillColor = Colors.SeaGreen });
            if (previous?.Team(teams[i].Team) is { } before)
                bars.Add(new Bar { Position = i * 3 + 1.5, Value = (double)before.Net, FillColor = Colors.Gray });
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(teams.Select((_, i) => i * 3 + 1.0).ToArray(), teams.Select(t => t.Team).ToArray());
        // Room above the bars for the legend (teams of similar size would have it over their tops).
        plot.Axes.Margins(bottom: 0, top: 0.25);
        Legend(plot, current, previous, Colors.SeaGreen);
        return Png(plot);
    }

    /// <summary>Agents per band of net pay, the bands of <see cref="SummarySheet.NetBands"/>.</summary>
    public static byte[] NetDistribution(IReadOnlyList<(decimal From, decimal To, int Agents)> bands)
    {
        var plot = NewPlot(ExportText.Get("Summary_ChartNet"));
        if (bands.Count > 0)
        {
            plot.Add.Bars(bands.Select(b => new Bar
            {
                Position = (double)(b.From + b.To) / 2,
                Value = b.Agents,
                Size = (double)(b.To - b.From) * 0.95,
                FillColor = Colors.SteelBlue,
            }).ToList());
        }
        plot.Axes.Margins(bottom: 0);
        return Png(plot);
    }

    /// <summary>One bar per exception code, most frequent first.</summary>
    public static byte[] Exceptions(IReadOnlyList<(string Code, FlagSeverity Severity, int Count, int Agents)> kinds)
    {
        var plot = NewPlot(ExportText.Get("Summary_ChartExceptions"));
        plot.Add.Bars(kinds.Select((k, i) => new Bar
        {
            Position = i,
            Value = k.Count,
            FillColor = k.Severity == FlagSeverity.Blocking ? Colors.IndianRed : Colors.Orange,
        }).ToList());
        plot.Axes.Bottom.SetTicks(kinds.Select((_, i) => (double)i).ToArray(), kinds.Select(k => k.Code).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Margins(bottom: 0);
        return Png(plot);
    }

    private static void Legend(Plot plot, MonthTotals current, MonthTotals? previous, Color now)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ExportText.Format("Summary_ChartLinesThisMonth", current.Period), FillColor = now });
        if (previous is not null)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ExportText.Format("Summary_ChartLinesPrevious", previous.Period), FillColor = Colors.Gray });
        plot.ShowLegend(Alignment.UpperRight);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        ChartFont.Apply(plot);
        plot.Title(title);
        return plot;
    }

    private static byte[] Png(Plot plot) => plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png);
}
