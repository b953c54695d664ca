namespace PayCalc.Files.Generate;

/// <summary>Language of the header row (and of leave types) in generated files: English names or the Chinese aliases of the data contract.</summary>
public enum HeaderLanguage
{
    English,
    Chinese,
}
