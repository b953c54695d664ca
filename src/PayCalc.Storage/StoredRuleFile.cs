using System.Security.Cryptography;

namespace PayCalc.Storage;

/// <summary>
/// A rule file of a run's snapshot: its path relative to the rules folder (forward slashes, e.g.
/// <c>statutory/cities/shanghai.yaml</c>), what it is to the plan (<c>plan</c>, <c>include</c>, <c>city</c>,
/// <c>calendar</c>) and its exact bytes; <see cref="Sha256"/> (hex) is computed from them.
/// </summary>
public sealed record StoredRuleFile(string Path, string Kind, byte[] Content)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>The SHA-256 the content is stored under (read back from the database), null for a file about to be stored.</summary>
    public string? StoredSha256 { get; init; }

    /// <summary>False when the stored content no longer hashes to the key it was stored under (changed with a SQLite tool).</summary>
    public bool Intact => StoredSha256 is null || StoredSha256 == Sha256;
}
