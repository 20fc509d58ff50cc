namespace LeadershipModel.Serialization;

/// <summary>Collects the problems found while reading one document.</summary>
internal sealed class JsonErrorList
{
    private readonly List<JsonError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string path, string code, string message) => _errors.Add(new JsonError(path, code, message));

    /// <summary>Returns the problems in document order (array indexes compared as numbers), duplicates removed.</summary>
    public EquatableArray<JsonError> ToArray()
        => _errors.Distinct().OrderBy(e => e.Path, JsonPathComparer.Instance).ToEquatableArray();
}
