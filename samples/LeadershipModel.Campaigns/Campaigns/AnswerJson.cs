using System.Text.Json;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>Stores answers (item id to value) and comments (question id to text) as JSON objects in one column each.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class AnswerJson
{
    /// <summary>Reads answers.</summary>
    /// <param name="json">The stored JSON, or <see langword="null"/>.</param>
    /// <returns>The answers.</returns>
    public static Dictionary<string, double> ReadAnswers(string? json)
        => string.IsNullOrEmpty(json) ? new(StringComparer.Ordinal) : new(JsonSerializer.Deserialize<Dictionary<string, double>>(json)!, StringComparer.Ordinal);

    /// <summary>Reads comments.</summary>
    /// <param name="json">The stored JSON, or <see langword="null"/>.</param>
    /// <returns>The comments.</returns>
    public static Dictionary<string, string> ReadComments(string? json)
        => string.IsNullOrEmpty(json) ? new(StringComparer.Ordinal) : new(JsonSerializer.Deserialize<Dictionary<string, string>>(json)!, StringComparer.Ordinal);

    /// <summary>Writes answers or comments, keys in ordinal order so that equal content gives equal text.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="values">The values.</param>
    /// <returns>The JSON.</returns>
    public static string Write<T>(IReadOnlyDictionary<string, T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return JsonSerializer.Serialize(new SortedDictionary<string, T>(values.ToDictionary(), StringComparer.Ordinal));
    }
}
