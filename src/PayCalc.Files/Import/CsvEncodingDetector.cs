using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PayCalc.Files.Import;

/// <summary>
/// Chooses the text encoding of a CSV file. Excel on a Chinese Windows machine saves "CSV" in GBK/GB18030 and only
/// "CSV UTF-8" in UTF-8; decoding GBK as UTF-8 turns every Chinese character into U+FFFD, which merges distinct
/// team names (wrong pay). Detection scans the bytes once (vectorized UTF-8 validation), without decoding to strings.
/// </summary>
internal static class CsvEncodingDetector
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>GB18030 (code page 54936), a superset of GBK and GB2312; the code-pages provider ships with .NET.</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return WithReplacementCharacter(Encoding.GetEncoding(54936));
    }

    /// <summary>
    /// Code-page encodings decode an invalid sequence as '?' by default, which would pass unseen ("一组?"); U+FFFD
    /// instead is caught as a cell error (<see cref="TableReader.Text"/>).
    /// </summary>
    private static Encoding WithReplacementCharacter(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return copy;
    }

    /// <summary>
    /// The encoding to read <paramref name="path"/> with, or null for UTF-8 (or a UTF-16/UTF-32 byte order mark, which
    /// the CSV reader honours). A forced encoding is used as is (decoding invalid bytes as U+FFFD), except that a forced
    /// UTF-8 is checked: a file that is not valid UTF-8 is rejected rather than read with replacement characters. Adds a warning when the file is read as GB18030.
    /// </summary>
    public static Encoding? Choose(string path, Encoding? forced, List<string> warnings)
    {
        var name = Path.GetFileName(path);
        if (forced is not null && forced.CodePage != Encoding.UTF8.CodePage) return WithReplacementCharacter(forced);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes];
        var head = stream.ReadAtLeast(buffer.AsSpan(0, 4), 4, throwOnEndOfStream: false);
        if (HasUnicodeBom(buffer.AsSpan(0, head))) return null;
        var invalidAt = FirstInvalidUtf8(stream, buffer, head);
        if (invalidAt < 0) return null;
        if (forced is not null)
        {
            throw new FileRejectedException(
                Messages.Format("Import_NotUtf8", LineOf(path, invalidAt)));
        }
        warnings.Add(Messages.Format("Import_ReadAsGb18030", name, LineOf(path, invalidAt)));
        return Gb18030;
    }

    private static bool HasUnicodeBom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>
    /// Byte offset of the first invalid UTF-8 sequence, or -1 when the whole stream is valid.
    /// A chunk is cut before the last sequence that may be incomplete, whose bytes are carried over to the next chunk.
    /// </summary>
    private static long FirstInvalidUtf8(Stream stream, byte[] buffer, int filled)
    {
        long offset = 0;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var end = read == 0 ? filled : CompleteLength(buffer.AsSpan(0, filled));
            if (!Utf8.IsValid(buffer.AsSpan(0, end))) return offset + FirstInvalidIndex(buffer.AsSpan(0, end));
            if (read == 0) return -1;
            var carry = filled - end;
            buffer.AsSpan(end, carry).CopyTo(buffer);
            offset += end;
            filled = carry;
        }
    }

    /// <summary>Length of the prefix that ends on a sequence boundary: cut before the last lead byte among the final 4 bytes.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> data)
    {
        for (var i = data.Length - 1; i >= Math.Max(0, data.Length - 4); i--)
            if ((data[i] & 0xC0) != 0x80) return data[i] < 0x80 ? i + 1 : i;
        return data.Length; // four continuation bytes in a row: invalid whatever follows
    }

    private static int FirstInvalidIndex(ReadOnlySpan<byte> data)
    {
        Span<char> chars = stackalloc char[1024];
        var position = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(data[position..], chars, out var consumed, out _, replaceInvalidSequences: false);
            position += consumed;
            if (status != OperationStatus.DestinationTooSmall) return position;
        }
    }

    /// <summary>1-based line of a byte offset (only computed for the message, when the file is not UTF-8).</summary>
    private static long LineOf(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes];
        long line = 1, seen = 0;
        int read;
        while (seen < offset && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, offset - seen))) > 0)
        {
            line += buffer.AsSpan(0, read).Count((byte)'\n');
            seen += read;
        }
        return line;
    }
}
