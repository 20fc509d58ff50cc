using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Configures the answer-validation step.</summary>
/// <remarks>This type is stateless and thread-safe; the builder it extends is not.</remarks>
public static class AnswerValidationBuilderExtensions
{
    /// <summary>Sets the options of the built-in answer validation.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseAnswerValidation(this ScoringEngineBuilder builder, AnswerValidationOptions options)
    {
        Preconditions.NotNull(builder).Mutate(s => s.AnswerValidation = Preconditions.NotNull(options));
        return builder;
    }

    /// <summary>Sets the policy for invalid answers.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder UseAnswerValidation(this ScoringEngineBuilder builder, InvalidAnswerPolicy policy)
        => builder.UseAnswerValidation(new AnswerValidationOptions { Policy = policy });

    /// <summary>Adds a host validator, run after the built-in checks.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="validator">The validator.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddResponseValidator(this ScoringEngineBuilder builder, IResponseValidator validator)
    {
        Preconditions.NotNull(validator);
        Preconditions.NotBlank(validator.Name, nameof(validator));
        Preconditions.NotNull(builder).Mutate(s => s.Validators.Add(validator));
        return builder;
    }

    /// <summary>Adds a host validator given as a delegate.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The validator's name.</param>
    /// <param name="validate">The check; reports problems through <see cref="ResponseValidationArguments.Reject"/>.</param>
    /// <returns>The builder.</returns>
    public static ScoringEngineBuilder AddResponseValidator(this ScoringEngineBuilder builder, string name, Action<ResponseValidationArguments> validate)
        => builder.AddResponseValidator(new DelegateResponseValidator(Preconditions.NotBlank(name), Preconditions.NotNull(validate)));
}
