using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class JsonReadOptionsTests
{
    [Fact]
    public void Default_IsFourMebibytesAndDepth32()
    {
        JsonReadOptions.Default.MaxDocumentBytes.Should().Be(4 * 1024 * 1024);
        JsonReadOptions.Default.MaxDepth.Should().Be(32);
    }

    [Fact]
    public void Init_OutOfRange_Throws()
    {
        FluentActions.Invoking(() => new JsonReadOptions { MaxDocumentBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new JsonReadOptions { MaxDepth = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => JsonReadOptions.Default with { MaxDepth = 257 }).Should().Throw<ArgumentOutOfRangeException>();
    }
}
