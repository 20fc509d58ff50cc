namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>The outcome of an operation: a value, or a problem with the HTTP status that describes it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Outcome<T>
{
    private Outcome(T? value, Problem? problem)
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>Gets the value when the operation succeeded.</summary>
    public T? Value { get; }

    /// <summary>Gets the problem when it did not.</summary>
    public Problem? Problem { get; }

    /// <summary>Gets whether the operation succeeded.</summary>
    public bool IsSuccess => Problem is null;

    /// <summary>Converts a problem into a failed outcome.</summary>
    /// <param name="problem">The problem.</param>
    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);

    /// <summary>Converts a value into a success.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Outcome<T>(T value) => new(value, null);
}

/// <summary>What went wrong, in the user's words, with the HTTP status that fits it.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Title">A short title.</param>
/// <param name="Detail">What went wrong and what to do.</param>
public sealed record Problem(int Status, string Title, string Detail)
{
    /// <summary>Creates a 404 problem.</summary>
    /// <param name="what">What was not found.</param>
    /// <returns>The problem.</returns>
    public static Problem NotFound(string what) => new(StatusCodes.Status404NotFound, "Not found", $"There is no {what} with that id.");

    /// <summary>Creates a 400 problem.</summary>
    /// <param name="detail">What is invalid.</param>
    /// <returns>The problem.</returns>
    public static Problem Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Invalid request", detail);

    /// <summary>Creates a 409 problem.</summary>
    /// <param name="detail">Why the state forbids the operation.</param>
    /// <returns>The problem.</returns>
    public static Problem Conflict(string detail) => new(StatusCodes.Status409Conflict, "Not possible now", detail);
}
