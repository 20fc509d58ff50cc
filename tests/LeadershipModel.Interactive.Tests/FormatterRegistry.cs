namespace LeadershipModel.Interactive.Tests;

/// <summary>
/// The Formatting package keeps its formatters in one process-wide registry, and the registration tests reset it:
/// every test class of this assembly joins this collection, so that they run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FormatterRegistry
{
    public const string Name = "Formatter registry";
}
