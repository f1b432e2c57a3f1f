namespace HierarchyExplorer.Hierarchy;

/// <summary>
/// Bad input: names the offending field (as spelled in the scenario JSON or CLI, e.g.
/// <c>species[1].mass</c>) and the rule it breaks. The CLI maps it to exit code 2.
/// </summary>
public sealed class InvalidParameterException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="field"/> breaking <paramref name="rule"/>.</summary>
    public InvalidParameterException(string field, string rule)
        : base($"{field}: {rule}")
    {
        Field = field;
        Rule = rule;
    }

    /// <summary>The field path, e.g. <c>truncation.gamma</c>.</summary>
    public string Field { get; }

    /// <summary>The rule the field breaks, e.g. <c>must be &lt; epsilon0 (7.4)</c>.</summary>
    public string Rule { get; }
}
