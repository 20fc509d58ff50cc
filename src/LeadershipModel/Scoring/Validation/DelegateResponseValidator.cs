namespace LeadershipModel.Scoring;

internal sealed class DelegateResponseValidator(string name, Action<ResponseValidationArguments> validate) : IResponseValidator
{
    public string Name { get; } = name;

    public void Validate(in ResponseValidationArguments arguments) => validate(arguments);
}
