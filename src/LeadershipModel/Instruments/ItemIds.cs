using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>Rules for item ids.</summary>
internal static class ItemIds
{
    public static string Validate(string? value, string name)
    {
        Preconditions.NotBlank(value, name);
        if (!IsValid(value!))
        {
            throw new ArgumentException($"'{value}' is not a valid item id: use letters, digits, '-', '_' or '.', starting with a letter or digit, at most 64 characters.", name);
        }

        return value!;
    }

    public static bool IsValid(string value)
    {
        if (value.Length is 0 or > 64 || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
