using System.Text.RegularExpressions;
using ContactCenter.Dashboard.Localisation;
using Microsoft.Extensions.Localization;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// An alert's detail in the screen's language. The rules write it in English for the API, the audit
/// trail and the history (language-neutral to every reader of those); the screen recognises each
/// rule's sentence and says it again through the localizer, keeping the numbers and the free text
/// (an agent's reason) as they are. A sentence it does not know is shown as written.
/// </summary>
public static partial class AlertDetailText
{
    /// <summary>The rules' sentences, the longer of two that share a start first.</summary>
    private static readonly string[] Templates =
    [
        "{0} difficult calls in a row without a break",
        "agent asks for help: {0}",
        "talk + hold {0} s against a queue AHT of {1} s today",
        "talk + hold {0} s",
        "on hold for {0} s (hold {1})",
        "not ready ({0}) for {1} min",
        "in wrap-up for {0} s",
        "transferred {0} times",
        "longest wait {0} s",
        "held {0} times",
        "service level {0} against a target of {1} ({2} calls)",
        "VIP caller waiting {0} s",
    ];

    private static readonly (Regex Pattern, string Template)[] Known = [.. Templates.Select(t => (Pattern(t), t))];

    public static string Localise(string detail, IStringLocalizer<ScreenStrings> localizer)
    {
        // The rules write English: an English screen (every render of every alert card) matches nothing.
        if (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv")
        {
            return detail;
        }

        foreach (var (pattern, template) in Known)
        {
            if (pattern.Match(detail) is { Success: true } match)
            {
                return localizer[template, [.. match.Groups.Values.Skip(1).Select(g => g.Value)]].Value;
            }
        }

        return detail;
    }

    /// <summary>
    /// Linear-time matching, and no timeout: this runs inside a render, where a timeout's exception
    /// would end the screen's circuit (a loaded front end once did exactly that to a TV).
    /// </summary>
    private static Regex Pattern(string template) =>
        new("^" + Placeholder().Replace(Regex.Escape(template), "(.+?)") + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [GeneratedRegex(@"\\\{\d\}")]
    private static partial Regex Placeholder();
}
