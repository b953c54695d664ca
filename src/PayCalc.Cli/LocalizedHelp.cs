using System.CommandLine;
using System.CommandLine.Help;

namespace PayCalc.Cli;

/// <summary>
/// What System.CommandLine 2.0.0 has only in English, in our words: "Option '--period' is required." (each required
/// option is checked by its command instead, <c>Cli_OptionRequired</c>, and its description starts with
/// <c>Help_Required</c> in place of "(REQUIRED)"), the help option's description and the "Description:" heading of a
/// command's help (<c>Help_DescriptionHeading</c>).
/// </summary>
public static class LocalizedHelp
{
    /// <summary>Rewrites every required option under <paramref name="root"/> (recursively) and the help option.</summary>
    public static void Apply(Command root)
    {
        foreach (var help in root.Options.OfType<HelpOption>()) help.Description = Messages.Get("Help_HelpOption");
        Walk(root);
    }

    /// <summary>Help as System.CommandLine wrote it, with its "Description:" heading (English in every language of
    /// its 2.0.0 release; its other headings are translated) in ours.</summary>
    public static string Headings(string help)
    {
        const string heading = "Description:";
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimEnd('\r') == heading) lines[i] = Messages.Get("Help_DescriptionHeading") + lines[i][heading.Length..];
        return string.Join('\n', lines);
    }

    private static void Walk(Command command)
    {
        foreach (var option in command.Options.Where(o => o.Required).ToList())
        {
            option.Required = false;
            option.Description = Messages.Get("Help_Required") + option.Description;
            command.Validators.Add(result =>
            {
                if (result.GetResult(option) is null) result.AddError(Messages.Format("Cli_OptionRequired", option.Name));
            });
        }
        foreach (var sub in command.Subcommands) Walk(sub);
    }
}
