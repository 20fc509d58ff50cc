namespace LeadershipModel.Serialization;

/// <summary>The stable codes of <see cref="JsonError"/> that any document kind can give.</summary>
/// <remarks>
/// <para>A document that breaks a rule of its domain reports that rule's own code as well, such as
/// <see cref="Instruments.InstrumentErrorCodes.NoItems"/> for an instrument.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class JsonErrorCodes
{
    /// <summary>The document is not valid UTF-8 JSON, or exceeds the size or depth limits.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateKey = "duplicate-key";

    /// <summary>A required value is missing or empty.</summary>
    public const string Required = "required";

    /// <summary>A value has the wrong type or form, or a property is not part of the format.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>Two elements that must differ share an id.</summary>
    public const string DuplicateId = "duplicate-id";
}
