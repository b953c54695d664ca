namespace PayCalc.Files.Generate;

/// <summary>File format of a generated input folder.</summary>
public enum InputFormat
{
    Csv,
    Xlsx,
}
