namespace Marsad.Text;

/// <summary>A half-open range [Start, End) of UTF-16 indexes into an unchanged text.</summary>
/// <remarks>
/// Inside the engine every span is a UTF-16 range into <c>Article.Text</c>; the record writer turns
/// them into code-point ranges (record.md) at the boundary, see <see cref="CodePointMap"/>.
/// </remarks>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int index) => index >= Start && index < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public bool Covers(TextSpan other) => Start <= other.Start && other.End <= End;
    public string Of(string text) => text.Substring(Start, End - Start);
    public override string ToString() => $"[{Start},{End})";
}
