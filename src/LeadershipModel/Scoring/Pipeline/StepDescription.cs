using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadershipModel.Scoring;

/// <summary>
/// The canonical description of a step, written into the engine's fingerprint: the step, the plug-in's name, the
/// options and a hash of the data it scores with (item statistics, norm tables, models).
/// </summary>
/// <remarks>Not thread-safe; used while an engine is built.</remarks>
internal sealed class StepDescription
{
    private readonly StringBuilder _text;

    public StepDescription(StringBuilder text, PipelineStep step)
    {
        _text = text;
        _text.Append(step.Step).Append('|').Append(step.PluginName);
    }

    /// <summary>Adds an option.</summary>
    /// <param name="key">The option's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This description.</returns>
    public StepDescription Add(string key, string value)
    {
        _text.Append('|').Append(key).Append('=').Append(value);
        return this;
    }

    /// <summary>Adds a numeric option, written round-trip in the invariant culture.</summary>
    /// <param name="key">The option's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This description.</returns>
    public StepDescription Add(string key, double value) => Add(key, Number(value));

    /// <summary>Adds the hash of data given as canonical text (equal data must give equal text).</summary>
    /// <param name="key">The data's name.</param>
    /// <param name="canonicalText">The data.</param>
    /// <returns>This description.</returns>
    public StepDescription AddData(string key, string canonicalText) => Add(key, Hash(canonicalText));

    /// <summary>Writes a number round-trip in the invariant culture.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Gets the first 16 hex digits of the SHA-256 of a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();
}
