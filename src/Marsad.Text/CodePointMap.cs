namespace Marsad.Text;

/// <summary>
/// Converts between UTF-16 indexes (how .NET strings count) and Unicode code-point indexes (how
/// record.md counts). For text without surrogate pairs (almost all Arabic news) both are the same
/// and the map is the identity without allocating.
/// </summary>
public sealed class CodePointMap
{
    private readonly int[]? _utf16ToCodePoint;
    private readonly int[]? _codePointToUtf16;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            return;
        _utf16ToCodePoint = new int[text.Length + 1];
        var back = new List<int>(text.Length + 1);
        int cp = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _utf16ToCodePoint[i] = cp;
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            back.Add(i);
            if (pair)
            {
                _utf16ToCodePoint[i + 1] = cp; // a split pair maps to its code point's start
                i++;
            }
            cp++;
        }
        _utf16ToCodePoint[text.Length] = cp;
        back.Add(text.Length);
        _codePointToUtf16 = back.ToArray();
    }

    /// <summary>True when UTF-16 and code-point indexes coincide.</summary>
    public bool IsIdentity => _utf16ToCodePoint is null;

    public int ToCodePoint(int utf16Index) => _utf16ToCodePoint is null ? utf16Index : _utf16ToCodePoint[utf16Index];

    public int ToUtf16(int codePointIndex)
    {
        if (_codePointToUtf16 is null) return codePointIndex;
        return _codePointToUtf16[Math.Clamp(codePointIndex, 0, _codePointToUtf16.Length - 1)];
    }

    public int CodePointLength(string text) => ToCodePoint(text.Length);
}
