using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using PayCalc.Domain;
using PayCalc.Domain.Inputs;

namespace PayCalc.Storage;

/// <summary>
/// Reads <c>run_shift</c> documents back into shifts: <c>[[source row, "yyyy-MM-dd", code or null, "HH:mm", "HH:mm",
/// break minutes], ...]</c>, one document per agent and file. A month holds ~1.85 million shifts at 100,000 agents, so
/// the document is read token by token from its UTF-8 bytes (no document object, no string per date or time) and the
/// strings every shift repeats (file, sheet, shift code) are shared. One reader per read: not thread-safe.
/// </summary>
internal sealed class ShiftDocumentReader
{
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private byte[] _buffer = [];

    /// <summary>Adds the shifts of one document to <paramref name="shifts"/>, in document order.</summary>
    /// <exception cref="InvalidOperationException">The document is not in the stored format (the database was changed by hand).</exception>
    public void Read(string agentId, string file, string sheet, string entries, List<Shift> shifts)
    {
        file = Shared(file);
        sheet = Shared(sheet);
        var length = Encoding.UTF8.GetMaxByteCount(entries.Length);
        if (_buffer.Length < length) _buffer = new byte[Math.Max(length, 2 * _buffer.Length)];
        var used = Encoding.UTF8.GetBytes(entries, _buffer);
        try
        {
            ReadEntries(new Utf8JsonReader(_buffer.AsSpan(0, used)), agentId, file, sheet, shifts);
        }
        catch (JsonException)
        {
            throw Bad(agentId);
        }
    }

    private void ReadEntries(Utf8JsonReader json, string agentId, string file, string sheet, List<Shift> shifts)
    {
        Expect(ref json, JsonTokenType.StartArray, agentId);
        while (Next(ref json, agentId) is JsonTokenType.StartArray)
        {
            var row = Number(ref json, agentId);
            var date = Text(ref json, agentId);
            var day = ParseDate(date, agentId);
            var code = Next(ref json, agentId) is JsonTokenType.Null ? null : Shared(json.GetString()!);
            var start = ParseTime(Text(ref json, agentId), agentId);
            var end = ParseTime(Text(ref json, agentId), agentId);
            var breakMinutes = Number(ref json, agentId);
            Expect(ref json, JsonTokenType.EndArray, agentId);
            shifts.Add(new Shift
            {
                AgentId = agentId, Date = day, Code = code, Start = start, End = end, BreakMinutes = breakMinutes,
                Source = new SourceRef(file, sheet, row),
            });
        }
        if (json.TokenType != JsonTokenType.EndArray) throw Bad(agentId);
    }

    private string Shared(string text)
    {
        if (_shared.TryGetValue(text, out var shared)) return shared;
        _shared[text] = text;
        return text;
    }

    private static JsonTokenType Next(ref Utf8JsonReader json, string agentId) => json.Read() ? json.TokenType : throw Bad(agentId);

    private static void Expect(ref Utf8JsonReader json, JsonTokenType type, string agentId)
    {
        if (Next(ref json, agentId) != type) throw Bad(agentId);
    }

    private static int Number(ref Utf8JsonReader json, string agentId) =>
        Next(ref json, agentId) is JsonTokenType.Number && json.TryGetInt32(out var n) ? n : throw Bad(agentId);

    private static ReadOnlySpan<byte> Text(ref Utf8JsonReader json, string agentId) =>
        Next(ref json, agentId) is JsonTokenType.String && !json.ValueIsEscaped ? json.ValueSpan : throw Bad(agentId);

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    private static DateOnly ParseDate(ReadOnlySpan<byte> text, string agentId)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Utf8Parser.TryParse(text[..4], out int year, out var y) && y == 4
            && Utf8Parser.TryParse(text[5..7], out int month, out var m) && m == 2
            && Utf8Parser.TryParse(text[8..], out int day, out var d) && d == 2
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        throw Bad(agentId);
    }

    /// <summary><c>HH:mm</c>.</summary>
    private static TimeOnly ParseTime(ReadOnlySpan<byte> text, string agentId)
    {
        if (text.Length == 5 && text[2] == ':'
            && Utf8Parser.TryParse(text[..2], out int hour, out var h) && h == 2
            && Utf8Parser.TryParse(text[3..], out int minute, out var m) && m == 2
            && hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
            return new TimeOnly(hour, minute);
        throw Bad(agentId);
    }

    private static InvalidOperationException Bad(string agentId) =>
        new($"A stored shift document of agent {agentId} (table run_shift) is not in PayCalc's format: the database was changed outside PayCalc.");
}
