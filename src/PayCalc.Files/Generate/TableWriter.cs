namespace PayCalc.Files.Generate;

/// <summary>Writes one table row by row with typed cells; CSV streams, xlsx builds a worksheet.</summary>
internal abstract class TableWriter : IDisposable
{
    public abstract void Text(string? value);

    public abstract void Date(DateOnly? value);

    /// <summary>A time of day, written as <c>HH:mm</c> text.</summary>
    public abstract void Time(TimeOnly? value);

    public abstract void Number(decimal? value);

    public abstract void EndRow();

    public abstract void Dispose();
}
