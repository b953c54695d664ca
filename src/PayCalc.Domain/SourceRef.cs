namespace PayCalc.Domain;

/// <summary>Where an imported record came from: file name, sheet (empty for CSV) and 1-based row. A value type:
/// a large month holds millions of them.</summary>
public readonly record struct SourceRef(string File, string Sheet, int Row)
{
    public static readonly SourceRef None = new("", "", 0);

    public override string ToString() => $"{File}:{Sheet}:{Row}";
}
