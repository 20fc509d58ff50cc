namespace LeadershipModel.Instruments;

/// <summary>The stable codes of <see cref="InstrumentError"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class InstrumentErrorCodes
{
    /// <summary>Two items, dimensions or constructs share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>An item targets a dimension or construct the instrument does not define.</summary>
    public const string UnknownTarget = "unknown-target";

    /// <summary>A dimension pole has no items (and the dimension has unipolar items), or a dimension or construct has no items at all.</summary>
    public const string NoItems = "no-items";

    /// <summary>The response scale is invalid, for example its minimum is not below its maximum.</summary>
    public const string InvalidScale = "invalid-scale";

    /// <summary>An item weight is not positive.</summary>
    public const string InvalidWeight = "invalid-weight";

    /// <summary>A required value is missing or empty.</summary>
    public const string Required = "required";

    /// <summary>A value has the wrong form, such as an id that is not kebab-case.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>The instrument has no items.</summary>
    public const string Empty = "empty";
}
