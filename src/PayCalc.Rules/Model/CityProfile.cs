namespace PayCalc.Rules.Model;

/// <summary>
/// A statutory city profile (<c>rules/statutory/cities/&lt;city&gt;.yaml</c>): the per-city parameters
/// (contribution bases, rates, rounding, minimum wage, exclusions). Every profile of a plan defines the same
/// parameter names; an agent's city (roster column, else the plan's default) picks the profile.
/// </summary>
public sealed record CityProfile(string Code, string Name, string File, IReadOnlyList<ParameterDefinition> Parameters);
