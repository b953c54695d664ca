using System.Text;

namespace PayCalc.Files.Export;

/// <summary>XML escaping for the streaming xlsx writer.</summary>
internal static class XlsxText
{
    /// <summary>Escapes markup characters and replaces characters XML 1.0 cannot hold (control characters,
    /// lone surrogates) with U+FFFD, so a stray byte in a name cannot corrupt the workbook.</summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    public static void Write(TextWriter writer, string text)
    {
        if (!NeedsEscape(text))
        {
            writer.Write(text);
            return;
        }
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        writer.Write(sb);
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '<' or '>' or '&' or '"' || c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') return true;
        }
        return false;
    }

    private static void Append(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': sb.Append("&#13;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
    }
}
