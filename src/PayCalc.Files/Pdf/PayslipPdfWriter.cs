using System.Globalization;
using PayCalc.Domain;
using PayCalc.Domain.Payroll;
using PayCalc.Files.Export;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PayCalc.Files.Pdf;

/// <summary>Writes payslips as PDF, one A4 page per agent (more only for a payslip of very many lines): the plan and
/// month, the agent, then the non-zero 应发 lines and 扣款 lines, each with its amount and a short explanation (the
/// formula with the values that went in, cut to one line), 应发合计, 扣款合计, 实发金额 in figures and in capital
/// numerals (大写). Employer lines (单位 social insurance) and info lines are not on it: they are not the agent's pay.
/// Text is in WenQuanYi Micro Hei, embedded as a subset (<see cref="PayslipFontResolver"/>), so the PDF reads the
/// same on any machine and its text can be searched and copied.</summary>
public sealed class PayslipPdfWriter
{
    private const double Left = 50, Right = 545, Top = 50, Bottom = 792;
    private const double AmountRight = 300, ExplainLeft = 315;
    private const double RowHeight = 17;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XBrush Band = new XSolidBrush(XColor.FromArgb(221, 235, 247));
    private static readonly XPen Rule = new(XColor.FromArgb(160, 160, 160), 0.5);

    private readonly Fonts _gb2312;
    private readonly Lazy<Fonts> _full;

    public PayslipPdfWriter()
    {
        PayslipFontResolver.EnsureInstalled();
        _gb2312 = new Fonts(PayslipFontResolver.Family);
        _full = new Lazy<Fonts>(() => new Fonts(PayslipFontResolver.FullFamily));
    }

    /// <summary>The sizes and weights a payslip uses, in one face.</summary>
    private sealed class Fonts
    {
        public Fonts(string family)
        {
            var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
            Title = new XFont(family, 18, XFontStyleEx.Bold, unicode);
            Heading = new XFont(family, 11, XFontStyleEx.Bold, unicode);
            Text = new XFont(family, 10.5, XFontStyleEx.Regular, unicode);
            Bold = new XFont(family, 10.5, XFontStyleEx.Bold, unicode);
            Small = new XFont(family, 8.5, XFontStyleEx.Regular, unicode);
            Net = new XFont(family, 13, XFontStyleEx.Bold, unicode);
        }

        public XFont Title { get; }
        public XFont Heading { get; }
        public XFont Text { get; }
        public XFont Bold { get; }
        public XFont Small { get; }
        public XFont Net { get; }
    }

    /// <summary>The GB 2312 face when it has every character the payslips print (the usual case, and cheaper to
    /// embed), else the whole font.</summary>
    private Fonts FontsFor(IReadOnlyList<Payslip> payslips, PayslipPdfHeader header)
    {
        var texts = new List<string> { header.Company, header.PlanCode, header.PlanVersion };
        foreach (var p in payslips)
        {
            texts.Add(p.AgentId);
            texts.Add(p.Name);
            texts.Add(p.Team);
            foreach (var line in p.Lines)
            {
                if (line.Category is not (LineCategory.Earning or LineCategory.Deduction)) continue;
                texts.Add(line.Name);
                texts.Add(line.Explain);
            }
        }
        return PayslipFontResolver.CoversAll(texts) ? _gb2312 : _full.Value;
    }

    /// <summary>One agent's file name, e.g. <c>A001-2026-10.pdf</c> (characters a file name cannot hold become _).</summary>
    public static string FileName(string agentId, Period period)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(agentId.Select(c => invalid.Contains(c) ? '_' : c).ToArray()) + $"-{period}.pdf";
    }

    /// <summary>The combined file's name, e.g. <c>payslips-2026-10.pdf</c>.</summary>
    public static string CombinedFileName(Period period) => $"payslips-{period}.pdf";

    /// <summary>Writes one payslip to <paramref name="path"/> (replaced if it exists).</summary>
    public void Write(Payslip payslip, PayslipPdfHeader header, string path)
    {
        using var document = NewDocument(header, $"{PrintTexts.PayslipTitle} {payslip.AgentId} {payslip.Name} {header.Period}");
        Draw(document, FontsFor([payslip], header), payslip, header);
        document.Save(path);
    }

    /// <summary>Writes the payslips one after the other into one file.</summary>
    public void WriteCombined(IEnumerable<Payslip> payslips, PayslipPdfHeader header, string path)
    {
        var all = payslips.ToList();
        using var document = NewDocument(header, $"{PrintTexts.PayslipTitle} {header.Period}");
        var fonts = FontsFor(all, header);
        foreach (var payslip in all) Draw(document, fonts, payslip, header);
        document.Save(path);
    }

    private static PdfDocument NewDocument(PayslipPdfHeader header, string title)
    {
        var document = new PdfDocument();
        // Deflate at its fastest: a payslip's size is mostly the embedded font subset, and 10,000 payslips are written at a time.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        document.Info.Title = title;
        document.Info.Creator = "PayCalc";
        document.Info.Subject = $"{header.PlanCode} {header.PlanVersion} {header.Period}";
        return document;
    }

    private static void Draw(PdfDocument document, Fonts fonts, Payslip payslip, PayslipPdfHeader header)
    {
        var earnings = payslip.Lines.Where(l => l.Category == LineCategory.Earning && Money.Round(l.Amount) != 0m).ToList();
        var deductions = payslip.Lines.Where(l => l.Category == LineCategory.Deduction && Money.Round(l.Amount) != 0m).ToList();
        var gross = Money.Round(payslip.Gross);
        var net = Money.Round(payslip.Net);

        var page = new PageCursor(fonts, document, payslip, header);
        page.Group(PrintTexts.Earnings, earnings, PrintTexts.GrossTotal, gross);
        page.Group(PrintTexts.Deductions, deductions, PrintTexts.DeductionsTotal, net - gross);
        page.Net(net);
        page.Dispose();
    }

    private static string Amount(decimal amount) => amount.ToString("#,##0.00", Inv);

    /// <summary>Draws down a page and starts a continuation page when the next row would not fit.</summary>
    private sealed class PageCursor : IDisposable
    {
        private readonly Fonts _w;
        private readonly PdfDocument _document;
        private readonly Payslip _payslip;
        private readonly PayslipPdfHeader _header;
        private XGraphics _gfx = null!;
        private double _y;
        private int _pages;

        public PageCursor(Fonts writer, PdfDocument document, Payslip payslip, PayslipPdfHeader header)
        {
            (_w, _document, _payslip, _header) = (writer, document, payslip, header);
            NewPage();
        }

        public void Group(string label, IReadOnlyList<PayslipLine> lines, string totalLabel, decimal total)
        {
            Room(RowHeight * 3);
            _gfx.DrawRectangle(Band, Left, _y, Right - Left, RowHeight);
            _gfx.DrawString(label, _w.Heading, XBrushes.Black, new XRect(Left + 4, _y, 100, RowHeight), XStringFormats.CenterLeft);
            _gfx.DrawString(PrintTexts.Amount, _w.Heading, XBrushes.Black, new XRect(AmountRight - 100, _y, 100, RowHeight), XStringFormats.CenterRight);
            _gfx.DrawString(PrintTexts.Explanation, _w.Heading, XBrushes.Black, new XRect(ExplainLeft, _y, 100, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight;
            foreach (var line in lines)
            {
                Room(RowHeight);
                _gfx.DrawString(line.Name, _w.Text, XBrushes.Black, new XRect(Left + 12, _y, 160, RowHeight), XStringFormats.CenterLeft);
                _gfx.DrawString(Amount(Money.Round(line.Amount)), _w.Text, XBrushes.Black, new XRect(AmountRight - 110, _y, 110, RowHeight), XStringFormats.CenterRight);
                _gfx.DrawString(Fit(line.Explain, Right - ExplainLeft), _w.Small, Grey, new XRect(ExplainLeft, _y, Right - ExplainLeft, RowHeight), XStringFormats.CenterLeft);
                _y += RowHeight;
            }
            Room(RowHeight);
            _gfx.DrawLine(Rule, Left, _y, Right, _y);
            _gfx.DrawString(totalLabel, _w.Bold, XBrushes.Black, new XRect(Left + 12, _y, 160, RowHeight), XStringFormats.CenterLeft);
            _gfx.DrawString(Amount(total), _w.Bold, XBrushes.Black, new XRect(AmountRight - 110, _y, 110, RowHeight), XStringFormats.CenterRight);
            _y += RowHeight + 10;
        }

        public void Net(decimal net)
        {
            Room(RowHeight * 4);
            _gfx.DrawRectangle(Band, Left, _y, Right - Left, RowHeight + 6);
            _gfx.DrawString(PrintTexts.NetAmount, _w.Net, XBrushes.Black, new XRect(Left + 4, _y, 160, RowHeight + 6), XStringFormats.CenterLeft);
            _gfx.DrawString(Amount(net), _w.Net, XBrushes.Black, new XRect(AmountRight - 140, _y, 140, RowHeight + 6), XStringFormats.CenterRight);
            _y += RowHeight + 8;
            _gfx.DrawString(ExportText.Format("Pdf_InCapitalsLine", ChineseCapitalAmount.Of(net)), _w.Bold, XBrushes.Black,
                new XRect(Left + 4, _y, Right - Left, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight + 14;
            _gfx.DrawString(PrintTexts.PayslipFootnote, _w.Small, Grey, new XRect(Left, _y, Right - Left, RowHeight), XStringFormats.CenterLeft);
        }

        public void Dispose() => _gfx.Dispose();

        private void Room(double height)
        {
            if (_y + height > Bottom) NewPage();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _pages++;
            _y = Top;
            var title = _pages == 1 ? PrintTexts.PayslipTitle : PrintTexts.PayslipTitleContinued;
            _gfx.DrawString(title, _w.Title, XBrushes.Black, new XRect(Left, _y, Right - Left, 26), XStringFormats.CenterLeft);
            _gfx.DrawString(_header.Period.ToString(), _w.Title, XBrushes.Black, new XRect(Left, _y, Right - Left, 26), XStringFormats.CenterRight);
            _y += 30;
            var plan = ExportText.Format("Pdf_PlanLine", _header.PlanCode, _header.PlanVersion);
            if (_header.Company.Length > 0) plan = $"{_header.Company}    {plan}";
            _gfx.DrawString(plan, _w.Text, Grey, new XRect(Left, _y, Right - Left, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight;
            _gfx.DrawString(
                $"{PrintTexts.AgentId} {_payslip.AgentId}    {PrintTexts.AgentName} {_payslip.Name}    {PrintTexts.Team} {_payslip.Team}    {PrintTexts.Period} {_header.Period}",
                _w.Text, XBrushes.Black, new XRect(Left, _y, Right - Left, RowHeight), XStringFormats.CenterLeft);
            _y += RowHeight + 10;
        }

        /// <summary>The text cut with … to <paramref name="width"/> points: an explanation is a hint, the amount is the fact.</summary>
        private string Fit(string text, double width)
        {
            text = text.ReplaceLineEndings(" ");
            if (_gfx.MeasureString(text, _w.Small).Width <= width) return text;
            int lo = 0, hi = text.Length;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_gfx.MeasureString(text[..mid] + "…", _w.Small).Width <= width) lo = mid;
                else hi = mid - 1;
            }
            return text[..lo] + "…";
        }
    }
}
