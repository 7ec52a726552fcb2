using System.Globalization;
using System.Text.RegularExpressions;
using ContactCenter.Dashboard.Localisation;
using Microsoft.Extensions.Localization;

namespace ContactCenter.Dashboard.Components.Floor;

/// <summary>
/// Sentences the floor writes in English with numbers or names in them (alert details, refusals),
/// said again in the screen's language: each template is a localizer key, and the values found in
/// the sentence fill its placeholders as they are. A sentence matching no template is shown as written.
/// </summary>
public sealed partial class SentenceTemplates
{
    private readonly (Regex Pattern, string Template)[] known;

    /// <param name="templates">English sentences with <c>{0}</c>-style placeholders, the longer of two that share a start first.</param>
    public SentenceTemplates(params string[] templates) => known = [.. templates.Select(t => (Pattern(t), t))];

    public string Localise(string sentence, IStringLocalizer<ScreenStrings> localizer)
    {
        // The floor writes English: an English screen (every render of every alert card) matches nothing.
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv")
        {
            return sentence;
        }

        foreach (var (pattern, template) in known)
        {
            if (pattern.Match(sentence) is { Success: true } match)
            {
                return localizer[template, [.. match.Groups.Values.Skip(1).Select(g => g.Value)]].Value;
            }
        }

        return sentence;
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
