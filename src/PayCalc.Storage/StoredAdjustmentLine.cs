using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PayCalc.Domain.Payroll;

namespace PayCalc.Storage;

/// <summary>An adjustment line as kept in <c>payslip.adjustments</c>: everything it needs to explain itself.</summary>
internal sealed record StoredAdjustmentLine(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("name_en")] string NameEn,
    [property: JsonPropertyName("amount")] string Amount,
    [property: JsonPropertyName("formula")] string Formula,
    [property: JsonPropertyName("explain")] string Explain)
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static StoredAdjustmentLine Of(PayslipLine l) => new(l.Code, StoredText.Text(l.Category), l.Name, l.NameEn,
        l.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Formula, l.Explain);

    public static IReadOnlyList<PayslipLine> Read(string json) => json == "[]" ? [] :
        (JsonSerializer.Deserialize<List<StoredAdjustmentLine>>(json, Options) ?? []).Select(a => new PayslipLine
        {
            Code = a.Code,
            Name = a.Name,
            NameEn = a.NameEn,
            Category = StoredText.ParseCategory(a.Category),
            Amount = decimal.Parse(a.Amount, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture),
            Formula = a.Formula,
            Explain = a.Explain,
        }).ToList();
}
