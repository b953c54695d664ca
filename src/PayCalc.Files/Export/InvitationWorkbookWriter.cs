namespace PayCalc.Files.Export;

/// <summary>One agent's line of an invitation list: the code to hand out, or null when the agent has already activated.</summary>
public sealed record InvitationRow(string AgentId, string Name, string Team, string? Code);

/// <summary>
/// Writes <c>invitations-&lt;period&gt;.xlsx</c>: one row per agent with the one-time activation code HR hands out (cut
/// into slips or sent one by one), and the address to use it at. Codes are written here only, never to the console or
/// a log. Text cells are inline strings, never formulas.
/// </summary>
public sealed class InvitationWorkbookWriter
{
    private static IReadOnlyList<XlsxColumn> Columns =>
    [
        new(ExportText.Get("Workbook_AgentId"), 12), new(ExportText.Get("Workbook_Name"), 14), new(ExportText.Get("Workbook_Team"), 10),
        new(ExportText.Get("Invitation_ActivationCode"), 24), new(ExportText.Get("Invitation_Note"), 60),
    ];

    /// <summary>Writes the list to <paramref name="path"/> (replacing it once complete).</summary>
    public void Write(IReadOnlyList<InvitationRow> rows, string activateAt, string path, DateTimeOffset entryTime)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var package = new XlsxPackageWriter(stream, [ExportText.Get("Invitation_SheetName")], entryTime))
            using (var sheet = package.BeginSheet(new XlsxSheetLayout(Columns, 1, 1)))
            {
                sheet.StartRow(30);
                foreach (var c in Columns) sheet.Text(c.Header, XlsxStyle.Header);
                var (activated, firstLogin) = (ExportText.Get("Invitation_AlreadyActivated"), ExportText.Format("Invitation_FirstLogin", activateAt));
                foreach (var r in rows)
                {
                    sheet.StartRow();
                    sheet.Text(r.AgentId);
                    sheet.Text(r.Name);
                    sheet.Text(r.Team);
                    sheet.Text(r.Code ?? "");
                    sheet.Text(r.Code is null ? activated : firstLogin);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
