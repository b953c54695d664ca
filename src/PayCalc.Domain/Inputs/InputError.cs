namespace PayCalc.Domain.Inputs;

/// <summary>
/// One problem in an input file, shown as <c>file:sheet:row:column: message (value 'x')</c>.
/// Row is 1-based as HR sees it in Excel (header = row 1); 0 when the problem concerns the whole file.
/// </summary>
public sealed record InputError(string File, string Sheet, int Row, string Column, string Message, string? Value = null)
{
    public override string ToString() =>
        $"{File}:{Sheet}:{Row}:{Column}: {Message}" + (Value is null ? "" : Messages.Format("Input_ValueSuffix", Value));
}
