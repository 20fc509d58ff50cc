namespace LeadershipModel.Change;

/// <summary>The names a <see cref="ChangeCategory"/> has in JSON, CSV and reports.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ChangeCategories
{
    /// <summary>Gets the name of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns><c>increased</c>, <c>unchanged</c> or <c>decreased</c>.</returns>
    public static string ToId(ChangeCategory category) => category switch
    {
        ChangeCategory.Increased => "increased",
        ChangeCategory.Decreased => "decreased",
        _ => "unchanged",
    };
}
