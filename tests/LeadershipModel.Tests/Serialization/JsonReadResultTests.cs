using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class JsonReadResultTests
{
    [Fact]
    public void Success_HasValueAndNoErrors()
    {
        var result = JsonReadResult<string>.Success("x");

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be("x");
        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Should().Be("x");
    }

    [Fact]
    public void Failure_HasErrorsAndThrowsOnGetValue()
    {
        var result = JsonReadResult<string>.Failure([new JsonError("$.id", JsonErrorCodes.Required, "'id' is required.")]);

        result.IsSuccess.Should().BeFalse();
        result.Value.Should().BeNull();
        result.ToString().Should().Contain("$.id");
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidDataException>().WithMessage("*$.id*required*");
    }
}
