using System.Diagnostics;

namespace Limber.Cli.Sessions;

/// <summary>Cues spoken through espeak-ng, when it is installed.</summary>
internal sealed class EspeakVoice(string executable) : IVoice
{
    private Process? speaking;

    /// <summary>The voice, or null with a sentence saying how to get it.</summary>
    public static IVoice? Find(Func<string, string?> env, out string? problem)
    {
        var path = (env("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "espeak-ng"))
            .FirstOrDefault(File.Exists);
        problem = path is null ? "voice: espeak-ng is not installed, so cues are shown but not spoken (Debian: apt-get install espeak-ng)" : null;
        return path is null ? null : new EspeakVoice(path);
    }

    public void Say(string text)
    {
        Stop();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-s");
        start.ArgumentList.Add("150");
        start.ArgumentList.Add(text);
        speaking = Process.Start(start);
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        if (speaking is { HasExited: false })
        {
            speaking.Kill();
        }

        speaking?.Dispose();
        speaking = null;
    }
}
