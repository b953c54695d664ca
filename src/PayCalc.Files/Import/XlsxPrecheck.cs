using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PayCalc.Files.Import;

/// <summary>
/// Checks an .xlsx before EPPlus sees it. EPPlus 4 inflates every part into memory and then the whole sheet into its
/// cell store, so a small hostile or damaged file can take minutes and gigabytes; these checks read only the zip's
/// directory, its local headers and the first bytes of each XML part.
/// </summary>
internal static class XlsxPrecheck
{
    private const int HeadBytes = 4096;

    /// <summary>Throws <see cref="FileRejectedException"/> naming the problem; returns when EPPlus may open the file.</summary>
    public static void Check(string path, ImportOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        CheckSignature(stream);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new FileRejectedException(Messages.Format("Import_XlsxDamagedZip", ex.Message));
        }
        using (zip)
        {
            // EPPlus allocates each part at the size its local header declares; the directory may say otherwise.
            long declared = 0;
            foreach (var entry in zip.Entries) declared += entry.Length;
            declared = Math.Max(declared, LocalHeadersTotal(stream));
            if (declared > options.MaxXlsxUncompressedBytes)
                throw new FileRejectedException(Messages.Format("Import_XlsxZipBomb", declared, options.MaxXlsxUncompressedBytes));
            if (zip.GetEntry("[Content_Types].xml") is null)
                throw new FileRejectedException(Messages.Get("Import_XlsxNoContentTypes"));
            var sheetNames = SheetNamesByPart(zip);
            foreach (var entry in zip.Entries)
            {
                if (!IsXml(entry.FullName)) continue;
                RefuseDtd(entry);
                if (sheetNames.TryGetValue(entry.FullName, out var sheet)) CheckDimension(entry, sheet, options);
                else if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)) CheckDimension(entry, entry.FullName, options);
            }
        }
    }

    private static void CheckSignature(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8)) return;
        if (n == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw new FileRejectedException(Messages.Get("Import_XlsxOldOrProtected"));
        throw new FileRejectedException(Messages.Get("Import_XlsxNotZip"));
    }

    /// <summary>Sum of the uncompressed sizes the local file headers declare (what EPPlus's zip reader allocates).</summary>
    private static long LocalHeadersTotal(Stream stream)
    {
        Span<byte> header = stackalloc byte[30];
        long total = 0, offset = 0;
        while (offset + header.Length <= stream.Length)
        {
            stream.Position = offset;
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) break;
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x04034B50) break;
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
            if ((flags & 0x8) != 0) break; // sizes follow the data; the directory's sizes stand for them
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[18..]);
            total += BinaryPrimitives.ReadUInt32LittleEndian(header[22..]);
            offset += header.Length + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) + compressed;
        }
        stream.Position = 0;
        return total;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Excel never writes a DTD; one in an .xlsx can only serve entity expansion (billion laughs) or external entities (XXE).</summary>
    private static void RefuseDtd(ZipArchiveEntry entry)
    {
        var head = new byte[HeadBytes];
        int n;
        using (var s = entry.Open()) n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head.AsSpan(0, n);
        if (text.IndexOf("<!DOCTYPE"u8) >= 0 || text.IndexOf("<!doctype"u8) >= 0 || text.IndexOf(Encoding.Unicode.GetBytes("<!DOCTYPE")) >= 0
            || text.IndexOf(Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE")) >= 0)
            throw new FileRejectedException(Messages.Format("Import_XlsxDtd", entry.FullName));
    }

    /// <summary>
    /// The sheet's own <c>&lt;dimension ref="A1:H400001"/&gt;</c>, before its rows are inflated; a sheet without one is
    /// checked after loading. A DTD further down than the first bytes is refused by the XML reader.
    /// </summary>
    private static void CheckDimension(ZipArchiveEntry entry, string sheet, ImportOptions options)
    {
        using var reader = XmlReader.Create(entry.Open(), SafeSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "sheetData") return;
            if (reader.LocalName != "dimension") continue;
            var reference = reader.GetAttribute("ref") ?? "";
            var colon = reference.IndexOf(':');
            if (!TryParseCell(colon < 0 ? reference : reference[(colon + 1)..], out var lastRow, out var lastColumn)) return;
            TryParseCell(colon < 0 ? reference : reference[..colon], out var firstRow, out _);
            if (lastRow - firstRow > options.MaxRows)
                throw new FileRejectedException(Messages.Format("Import_SheetTooManyRowsRef", lastRow - firstRow, reference, options.MaxRows), sheet);
            if (lastColumn > options.MaxColumns)
                throw new FileRejectedException(Messages.Format("Import_SheetTooManyColumnsRef", lastColumn, reference, options.MaxColumns), sheet);
            return;
        }
    }

    private static readonly XmlReaderSettings SafeSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <summary>"H400001" -> row 400001, column 8.</summary>
    private static bool TryParseCell(string cell, out int row, out int column)
    {
        row = column = 0;
        var i = 0;
        for (; i < cell.Length && char.IsAsciiLetter(cell[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(cell[i]) - 'A' + 1);
            if (column > 1_000_000) return false;
        }
        return i > 0 && int.TryParse(cell.AsSpan(i), out row);
    }

    /// <summary>Worksheet part name ("xl/worksheets/sheet1.xml") to sheet name, from the workbook and its relationships.</summary>
    private static Dictionary<string, string> SheetNamesByPart(ZipArchive zip)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var workbook = zip.GetEntry("xl/workbook.xml");
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || rels is null) return result;
        RefuseDtd(workbook);
        RefuseDtd(rels);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = XmlReader.Create(rels.Open(), SafeSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
                var (id, target) = (reader.GetAttribute("Id"), reader.GetAttribute("Target"));
                if (id is null || target is null) continue;
                targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        using (var reader = XmlReader.Create(workbook.Open(), SafeSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
                var name = reader.GetAttribute("name") ?? "";
                var id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                if (id is not null && targets.TryGetValue(id, out var part)) result[part] = name;
            }
        }
        return result;
    }
}
