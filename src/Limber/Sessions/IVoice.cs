namespace Limber.Cli.Sessions;

/// <summary>Speaks cues aloud. A new cue cuts off one still being spoken: the newest is the one that matters.</summary>
internal interface IVoice : IDisposable
{
    void Say(string text);
}
