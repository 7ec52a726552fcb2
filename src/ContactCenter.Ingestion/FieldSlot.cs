using System.Text.Json;

namespace ContactCenter.Ingestion;

/// <summary>
/// Where a known field's value sits in the body. Fields can come in any order and which ones
/// matter depends on <c>type</c>, so the first pass only notes positions and the item is decoded
/// once its type is known: nothing is allocated for fields the type does not use.
/// </summary>
/// <param name="Token">The value's token; <see cref="JsonTokenType.None"/> when the field is absent.</param>
/// <param name="Start">For a string, the first byte after the opening quote; for an array, its '['.</param>
/// <param name="Length">For a string, the raw (still escaped) length; for an array, up to and including its ']'.</param>
/// <param name="Escaped">Whether the raw string holds escape sequences.</param>
internal readonly record struct FieldSlot(JsonTokenType Token, int Start, int Length, bool Escaped);
