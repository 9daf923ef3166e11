using Limber.Cli;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed class LimberPathsTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] pairs) =>
        name => pairs.FirstOrDefault(p => p.Key == name).Value;

    [Fact]
    public void The_data_dir_option_wins() =>
        LimberPaths.Resolve("/tmp/a", Env(("LIMBER_DATA_DIR", "/tmp/b")), "/app").DataDirectory.ShouldBe("/tmp/a");

    [Fact]
    public void Then_the_environment() =>
        LimberPaths.Resolve(null, Env(("LIMBER_DATA_DIR", "/tmp/b"), ("XDG_DATA_HOME", "/tmp/x")), "/app").DataDirectory.ShouldBe("/tmp/b");

    [Fact]
    public void Then_the_xdg_data_home() =>
        LimberPaths.Resolve(null, Env(("XDG_DATA_HOME", "/tmp/x"), ("HOME", "/home/u")), "/app").DataDirectory.ShouldBe("/tmp/x/limber");

    [Fact]
    public void Else_the_local_share_folder_in_home() =>
        LimberPaths.Resolve(null, Env(("HOME", "/home/u")), "/app").DataDirectory.ShouldBe("/home/u/.local/share/limber");

    [Fact]
    public void Content_comes_from_the_environment_else_beside_the_app()
    {
        LimberPaths.Resolve(null, Env(("LIMBER_CONTENT_DIR", "/srv/content")), "/app").ExercisesDirectory.ShouldBe("/srv/content/exercises");
        LimberPaths.Resolve(null, Env(), "/app").ContentDirectory.ShouldBe("/app/content");
    }
}
