using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli;

/// <summary>
/// A computed estimate that is NaN or ±∞: the scenario's magnitudes are beyond what double precision carries through the
/// computation. It is reported as bad input (exit 2) naming the quantity, never printed (JSON has no NaN; a
/// <c>null</c> estimate would read as a result).
/// </summary>
public sealed class NonFiniteResultException(string quantity, double value)
    : Exception($"{quantity}: the result is {value}, not a finite number: the scenario's values (masses, temperatures, times, positions, velocities) are too large or too small for double precision; bring them closer to 1")
{
    /// <summary>The quantity named in the message.</summary>
    public string Quantity { get; } = quantity;

    /// <summary>Returns <paramref name="value"/> as a JSON number.</summary>
    /// <exception cref="NonFiniteResultException">It is not finite.</exception>
    public static JsonNode Check(double value, string quantity)
        => double.IsFinite(value) ? JsonValue.Create(value) : throw new NonFiniteResultException(quantity, value);
}
