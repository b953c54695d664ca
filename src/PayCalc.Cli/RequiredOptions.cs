using System.CommandLine;
using System.CommandLine.Help;

namespace PayCalc.Cli;

/// <summary>
/// System.CommandLine 2.0.0 says "Option '--period' is required." and labels help "(REQUIRED)" in English in every
/// language. Each required option is checked by its command instead, with our words (<c>Cli_OptionRequired</c>), and
/// its help description starts with <c>Help_Required</c>; the help option's own description is ours too.
/// </summary>
public static class RequiredOptions
{
    /// <summary>Rewrites every required option under <paramref name="root"/> (recursively) and the help option.</summary>
    public static void Localize(Command root)
    {
        foreach (var help in root.Options.OfType<HelpOption>()) help.Description = Messages.Get("Help_HelpOption");
        Walk(root);
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
