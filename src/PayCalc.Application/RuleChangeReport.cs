using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PayCalc.Application;

/// <summary>
/// Prints rule changes: for people, one block per change (a plain-language sentence, then the old and the new side
/// one above the other with where each is written, and the names a formula reads); for tools, a JSON array of
/// objects <c>{kind, name, field, summary, old, new, from, locations: {old, new}, reads: {old, new}}</c> where
/// old, new, from and the locations are null when a side has none, values are text (<c>"200000"</c>, a table
/// <c>"{3: 0.003, 6: 0.005}"</c>) and dates are <c>yyyy-MM-dd</c>.
/// </summary>
public static class RuleChangeReport
{
    public const string NoChanges = "no rule changes";

    public static void WriteText(TextWriter output, string oldLabel, string newLabel, IReadOnlyList<RuleChange> changes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            output.WriteLine(FinanceText.Format("Diff_NoChanges", oldLabel, newLabel));
            return;
        }
        output.WriteLine(changes.Count == 1 ? FinanceText.Format("Diff_OneChange", oldLabel, newLabel) : FinanceText.Format("Diff_Changes", changes.Count, oldLabel, newLabel));
        foreach (var change in changes)
        {
            output.WriteLine();
            output.WriteLine(change.Summary);
            // Old above new, padded to the same width, so two formulas read side by side and their locations line up.
            var width = Math.Max((change.Old ?? None).Length, (change.New ?? None).Length);
            if (change.Old is not null || change.OldLocation is not null) output.WriteLine(Side(FinanceText.Get("Diff_LabelOld"), change.Old, change.OldLocation, width));
            if (change.New is not null || change.NewLocation is not null) output.WriteLine(Side(FinanceText.Get("Diff_LabelNew"), change.New, change.NewLocation, width));
            var bothSides = (change.Old is not null || change.OldLocation is not null) && (change.New is not null || change.NewLocation is not null);
            if (!bothSides || change.OldReads.SequenceEqual(change.NewReads))
            {
                var names = change.NewReads.Count > 0 ? change.NewReads : change.OldReads;
                if (names.Count > 0) output.WriteLine(FinanceText.Format("Diff_Reads", string.Join(", ", names)));
            }
            else
            {
                if (change.OldReads.Count > 0) output.WriteLine(FinanceText.Format("Diff_OldReads", Names(change.OldReads)));
                if (change.NewReads.Count > 0) output.WriteLine(FinanceText.Format("Diff_NewReads", Names(change.NewReads)));
            }
        }
    }

    private static string Names(IReadOnlyList<string> names) => string.Join(", ", names);

    private static string None => FinanceText.Get("Diff_None");

    private static string Side(string label, string? value, string? location, int width) =>
        location is null ? $"  {label}: {value ?? None}" : $"  {label}: {(value ?? None).PadRight(width)}    [{location}]";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(TextWriter output, IReadOnlyList<RuleChange> changes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(changes);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var c in changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindName(c.Kind));
                json.WriteString("name", c.Name);
                json.WriteString("field", c.Field);
                json.WriteString("summary", c.Summary);
                json.WriteString("old", c.Old);
                json.WriteString("new", c.New);
                json.WriteString("from", c.From is { } from ? RuleText.Date(from) : null);
                json.WriteStartObject("locations");
                json.WriteString("old", c.OldLocation);
                json.WriteString("new", c.NewLocation);
                json.WriteEndObject();
                json.WriteStartObject("reads");
                WriteNames(json, "old", c.OldReads);
                WriteNames(json, "new", c.NewReads);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IReadOnlyList<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names) json.WriteStringValue(name);
        json.WriteEndArray();
    }

    /// <summary>The kind as JSON writes it: <c>ParameterValue</c> = <c>parameter-value</c>.</summary>
    public static string KindName(RuleChangeKind kind)
    {
        var name = kind.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
