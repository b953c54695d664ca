namespace PayCalc.Files.Import;

/// <summary>
/// A problem with a whole input file (not a zip, not UTF-8, too large, separated by ';', ...): reading it stops and the
/// folder reader reports it as one <see cref="Domain.Inputs.InputError"/>, without the follow-on errors it would cause.
/// </summary>
internal sealed class FileRejectedException(string message, string sheet = "", int row = 0) : Exception(message)
{
    /// <summary>The sheet the problem is in, or "" for the file as a whole (and for CSV).</summary>
    public string Sheet { get; } = sheet;

    /// <summary>The row where reading stopped, or 0 when the problem concerns the whole file.</summary>
    public int Row { get; } = row;
}
