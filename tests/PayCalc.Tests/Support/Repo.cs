namespace PayCalc.Tests.Support;

/// <summary>Paths inside the repository (rules, examples), found from the test assembly's folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Copies the shipped rule files (<c>rules/**/*.yaml</c>, with their folders) into <paramref name="folder"/>,
    /// so a test can edit one while includes and city profiles keep their relative paths.</summary>
    public static void CopyRules(string folder)
    {
        foreach (var file in Directory.GetFiles(Path("rules"), "*.yaml", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder, System.IO.Path.GetRelativePath(Path("rules"), file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PayCalc.sln"))) return dir.FullName;
        throw new InvalidOperationException("PayCalc.sln not found above " + AppContext.BaseDirectory);
    }
}
