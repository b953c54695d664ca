using PayCalc.Domain.Simulation;
using ScottPlot;

namespace PayCalc.Files.Export;

/// <summary>The simulation's two charts as PNG (ScottPlot): cost by line over the range, baseline vs proposed (the lines with
/// the largest cost, money lines only), and a histogram of the per-agent change of net pay. Titles and legends in the UI
/// language (<see cref="ExportText"/>) in the shipped Chinese font (<see cref="ChartFont"/>); ticks are line codes.</summary>
public static class SimulationCharts
{
    public const int Width = 960, Height = 540;

    /// <summary>Grouped bars per line: stored (blue) and proposed (orange), the range's totals, largest |baseline| first.</summary>
    public static byte[] CostByLine(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Costs.Where(c => c.Period is null && c.Category is "earning" or "deduction" or "employer")
            .OrderByDescending(c => c.Difference != 0).ThenByDescending(c => Math.Max(Math.Abs(c.Baseline), Math.Abs(c.Proposed))).Take(14).ToList();
        var plot = new Plot();
        ChartFont.Apply(plot);
        var bars = new List<Bar>();
        for (var i = 0; i < lines.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3 + 0.5, Value = (double)lines[i].Baseline, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = i * 3 + 1.5, Value = (double)lines[i].Proposed, FillColor = Colors.Orange });
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(lines.Select((_, i) => i * 3 + 1.0).ToArray(), lines.Select(l => l.Code).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ExportText.Get("Simulation_ChartBaseline"), FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ExportText.Format("Simulation_ChartProposed", report.Name), FillColor = Colors.Orange });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(ExportText.Format("Simulation_ChartCostTitle", report.Periods[0], report.Periods[^1]));
        return plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>Agents (whose net changes) per band of net change over the range; 20 bands from the smallest to the largest change.</summary>
    public static byte[] ChangeHistogram(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        ChartFont.Apply(plot);
        var changes = report.Agents.Select(a => (double)a.Difference).ToList();
        if (changes.Count > 0)
        {
            const int bins = 20;
            var (min, max) = (changes.Min(), changes.Max());
            var width = max > min ? (max - min) / bins : 1;
            var counts = new int[bins];
            foreach (var c in changes) counts[Math.Min(bins - 1, (int)((c - min) / width))]++;
            plot.Add.Bars(counts.Select((n, i) => new Bar
            {
                Position = min + (i + 0.5) * width,
                Value = n,
                Size = width * 0.95,
                FillColor = min + (i + 0.5) * width < 0 ? Colors.IndianRed : Colors.SeaGreen,
            }).ToList());
        }
        plot.Title(ExportText.Format("Simulation_ChartChangeTitle", report.Agents.Count, report.AgentsCompared));
        plot.XLabel(ExportText.Get("Simulation_ChartChangeX"));
        plot.YLabel(ExportText.Get("Simulation_ChartChangeY"));
        plot.Axes.Margins(bottom: 0);
        return plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png);
    }
}
