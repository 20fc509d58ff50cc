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

    /// <summary>A form names an item the instrument does not have.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>A form has no text for an item, or an open question has no text for a form.</summary>
    public const string MissingText = "missing-text";

    /// <summary>An open question has a text for a form the instrument does not declare.</summary>
    public const string UnknownForm = "unknown-form";

    /// <summary>An item names a label set the instrument does not declare, or a label lies outside the scale.</summary>
    public const string UnknownLabels = "unknown-labels";

    /// <summary>The document is not valid JSON, or exceeds the size or depth limits.</summary>
    public const string InvalidJson = "invalid-json";
}
