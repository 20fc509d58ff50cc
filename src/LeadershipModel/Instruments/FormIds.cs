using LeadershipModel.Responses;

namespace LeadershipModel.Instruments;

/// <summary>The ids of the standard forms of an instrument: <see cref="Self"/> (first person) and <see cref="Observer"/> (about the person).</summary>
/// <remarks>
/// <para>An item's own text is its self-form text unless the instrument declares a <see cref="Self"/> form. A host
/// may declare other forms and map rater roles to them as it likes; <see cref="ForRole"/> is the default mapping.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class FormIds
{
    /// <summary>The self form, answered by the person about themselves ("I …").</summary>
    public const string Self = "self";

    /// <summary>The observer form, answered by others about the person ("This person …").</summary>
    public const string Observer = "observer";

    /// <summary>Gets the default form for a rater role: <see cref="Self"/> for <see cref="RaterRole.Self"/>, otherwise <see cref="Observer"/>.</summary>
    /// <param name="role">The rater role.</param>
    /// <returns>The form id.</returns>
    public static string ForRole(RaterRole role) => role == RaterRole.Self ? Self : Observer;
}
