namespace PayCalc.Storage.Entities;

/// <summary>Table <c>rule_file</c>: the exact bytes of a rule file, stored once per distinct content (key: SHA-256, hex).</summary>
public sealed class RuleFileRow
{
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
