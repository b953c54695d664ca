namespace PayCalc.Domain;

/// <summary>Where an imported record came from: file name, sheet (empty for CSV) and 1-based row.</summary>
public sealed record SourceRef(string File, string Sheet, int Row)
{
    public static readonly SourceRef None = new("", "", 0);

    public override string ToString() => $"{File}:{Sheet}:{Row}";
}
