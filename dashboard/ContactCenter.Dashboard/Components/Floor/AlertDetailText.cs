using ContactCenter.Dashboard.Localisation;
using Microsoft.Extensions.Localization;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// An alert's detail in the screen's language. The rules write it in English for the API, the audit
/// trail and the history (language-neutral to every reader of those); the screen says each rule's
/// sentence again, keeping the numbers and the free text (an agent's reason) as they are.
/// </summary>
public static class AlertDetailText
{
    private static readonly SentenceTemplates Rules = new(
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
        "VIP caller waiting {0} s");

    /// <summary>The refusals of an alert action that carry a number (the rest are whole sentences, keys of their own).</summary>
    private static readonly SentenceTemplates Refusals = new(
        "Minutes must be between 1 and {0}.",
        "An alert keeps at most {0} notes.");

    public static string Localise(string detail, IStringLocalizer<ScreenStrings> localizer) => Rules.Localise(detail, localizer);

    public static string LocaliseRefusal(string sentence, IStringLocalizer<ScreenStrings> localizer) => Refusals.Localise(sentence, localizer);
}
