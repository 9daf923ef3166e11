using Shouldly;

namespace Limber.Tests.Cli;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5099")]
    [InlineData("http://*:5099")]
    [InlineData("http://+:5099")]
    [InlineData("http://127.0.0.1:5099;http://192.168.1.20:5099")]
    public void Serve_refuses_an_address_beyond_this_machine_without_a_token(string urls)
    {
        var run = CliRun.Of("serve", "--urls", urls);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("without an access token");
    }

    [Fact]
    public void A_short_token_is_refused()
    {
        var run = CliRun.Of("serve", "--urls", "http://0.0.0.0:5099", "--token", "short");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("at least 16 characters");
    }
}
