namespace ContactCenter.Dashboard.Localisation;

/// <summary>
/// The key of the screens' words: the English text is the key, so English needs no resource file
/// and a missing translation shows English rather than a blank. Translations live beside this file
/// (ScreenStrings.zh-Hans.resx).
/// </summary>
public sealed class ScreenStrings;
