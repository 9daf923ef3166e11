using System.Globalization;
using Limber.Progress;

namespace Limber.Cli.Sessions;

/// <summary>The questions answered a line each, when input is piped rather than typed at a terminal.</summary>
internal sealed partial class SessionRecorder
{
    /// <summary>
    /// A rating as a line: 0 to 10, + for 10, p for a pinch where allowed; an empty line skips, as Enter does, and
    /// anything else is refused and the next line taken.
    /// </summary>
    private static async Task<int?> NumberFromLines(AnswerLines lines, string question, bool allowPinch, Action<string> show, CancellationToken cancel)
    {
        while (await lines.NextAsync(cancel) is { } line)
        {
            switch (line.ToLowerInvariant())
            {
                case "":
                    return null;
                case "+":
                    return Rating.Max;
                case "p" when allowPinch:
                    return Pinch;
                case var number when int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= Rating.Max:
                    return value;
                default:
                    show($"'{line}' is not a rating: give 0-10, or + for 10{(allowPinch ? ", or p for a pinch" : "")}, one a line. {question}");
                    break;
            }
        }

        return null;
    }

    /// <summary>A range measure as a line; an empty line skips, and a line that is not a measure is refused.</summary>
    private static async Task<double?> MeasureFromLines(AnswerLines lines, string question, Action<string> show, CancellationToken cancel)
    {
        while (await lines.NextAsync(cancel) is { } line)
        {
            if (line.Length == 0)
            {
                return null;
            }

            if (double.TryParse(line, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value < 10_000)
            {
                return value;
            }

            show($"'{line}' is not a measure. {question}");
        }

        return null;
    }
}
