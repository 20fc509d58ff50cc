namespace LeadershipModel.Serialization;

/// <summary>Builds JSON paths such as <c>$.items[3].target.dimension</c> or <c>$.answers['CI-M1']</c>.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string path, string name)
        => IsIdentifier(name) ? path + "." + name : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
