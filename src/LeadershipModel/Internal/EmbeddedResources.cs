namespace LeadershipModel.Internal;

/// <summary>Reads the files embedded in the assembly (schemas and canonical instruments).</summary>
internal static class EmbeddedResources
{
    public static Stream Open(string name)
        => typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly.");

    public static string ReadText(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
