using System.Globalization;
using System.Text;

namespace Limber.Content.Calendar;

/// <summary>
/// The small part of RFC 5545 (iCalendar) a weekly reminder needs, written and read back: CRLF line ends, lines
/// folded at 75 octets without splitting a character, TEXT values escaped, a weekly RRULE and a floating DTSTART.
/// </summary>
public static class CalendarFile
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>One property (a content line) as read: name, parameters (after ';', as written), and the value (TEXT unescaped by <see cref="Text"/>).</summary>
    public sealed record ContentLine(string Name, string Parameters, string Value);

    /// <summary>A component (VCALENDAR, VEVENT, VALARM) with its properties and the components inside it.</summary>
    public sealed record Component(string Name, IReadOnlyList<ContentLine> Properties, IReadOnlyList<Component> Children)
    {
        public string? this[string name] => Properties.FirstOrDefault(p => p.Name == name)?.Value;
    }

    public static string Write(Reminder reminder, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Limber//Limber mobility coach//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{reminder.Uid}",
            $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            $"DTSTART:{reminder.FirstDay.ToDateTime(reminder.At).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}",
            $"DURATION:{Duration(reminder.Length)}",
            $"RRULE:FREQ=WEEKLY;BYDAY={string.Join(',', reminder.Days.Order().Select(d => DayCodes[(int)d]))}",
            $"SUMMARY:{Escape(reminder.Title)}",
            $"DESCRIPTION:{Escape(reminder.Description)}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            $"DESCRIPTION:{Escape(reminder.Title)}",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>Reads a calendar back; unknown properties are kept, malformed lines are a <see cref="FormatException"/> naming the line.</summary>
    public static Component Read(string text)
    {
        var lines = Unfold(text);
        var stack = new Stack<(string Name, List<ContentLine> Properties, List<Component> Children)>();
        Component? root = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (number, line) = lines[i];
            var colon = ValueStart(line);
            if (colon <= 0)
            {
                throw new FormatException($"line {number}: expected NAME:VALUE, got '{line}'");
            }

            var head = line[..colon];
            var value = line[(colon + 1)..];
            var semicolon = head.IndexOf(';', StringComparison.Ordinal);
            var name = (semicolon < 0 ? head : head[..semicolon]).ToUpperInvariant();
            var parameters = semicolon < 0 ? "" : head[(semicolon + 1)..];
            if (name == "BEGIN")
            {
                stack.Push((value.ToUpperInvariant(), [], []));
            }
            else if (name == "END")
            {
                if (stack.Count == 0 || !string.Equals(stack.Peek().Name, value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"line {number}: END:{value} does not close what is open");
                }

                var (open, properties, children) = stack.Pop();
                var component = new Component(open, properties, children);
                if (stack.Count == 0)
                {
                    root = component;
                }
                else
                {
                    stack.Peek().Children.Add(component);
                }
            }
            else if (stack.Count == 0)
            {
                throw new FormatException($"line {number}: a property outside any component");
            }
            else
            {
                stack.Peek().Properties.Add(new ContentLine(name, parameters, value));
            }
        }

        return stack.Count > 0 ? throw new FormatException($"{stack.Peek().Name} is never ended") : root ?? throw new FormatException("no calendar in the text");
    }

    /// <summary>A TEXT value as written, unescaped: <c>\n</c> a line break, <c>\,</c> <c>\;</c> <c>\\</c> themselves.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Duration(TimeSpan length) =>
        "PT" + (length.Hours > 0 ? $"{(int)length.TotalHours}H" : "") + (length.Minutes > 0 ? $"{length.Minutes}M" : "") + (length.Seconds > 0 || length < TimeSpan.FromMinutes(1) ? $"{length.Seconds}S" : "");

    /// <summary>Lines longer than 75 octets go on in continuation lines that start with a space (RFC 5545, 3.1).</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var size = char.IsHighSurrogate(line[i]) ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(line[i]);
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length)
            {
                text.Append(line[++i]);
            }

            octets += size;
        }

        text.Append("\r\n");
    }

    private static List<(int Number, string Line)> Unfold(string text)
    {
        var lines = new List<(int, string)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] is ' ' or '\t' && lines.Count > 0)
            {
                lines[^1] = (lines[^1].Item1, lines[^1].Item2 + line[1..]);
            }
            else if (line.Length > 0)
            {
                lines.Add((number, line));
            }
        }

        return lines;
    }

    /// <summary>The colon that ends the name and parameters: not one inside a quoted parameter value.</summary>
    private static int ValueStart(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }
}
