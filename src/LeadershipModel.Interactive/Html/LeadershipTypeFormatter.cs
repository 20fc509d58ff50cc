using Microsoft.DotNet.Interactive.Formatting;

namespace LeadershipModel.Interactive.Html;

/// <summary>A formatter of this package: the type lets registration find its own formatters among all registered.</summary>
/// <typeparam name="T">The type formatted.</typeparam>
internal sealed class LeadershipTypeFormatter<T>(string mimeType, Action<T, TextWriter> write) : ITypeFormatter
{
    public string MimeType => mimeType;

    public Type Type => typeof(T);

    public bool Format(object instance, FormatContext context)
    {
        if (instance is not T value)
        {
            return false;
        }

        write(value, context.Writer);
        return true;
    }
}
