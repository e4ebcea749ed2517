using Marsad.Text;

namespace Marsad.Extract.Entities;

/// <summary>One token of the tagger's view: a normalised, clitic-split form and the raw range it stands for.</summary>
public struct ViewToken
{
    /// <summary>Where the form starts in the view's character buffer.</summary>
    public int FormStart;
    public int FormLength;
    /// <summary>Half-open UTF-16 range in the raw text (for training sentences: in the joined sentence).</summary>
    public int RawStart;
    public int RawEnd;
    /// <summary>Knowledge-base mark: 0, or the BIO tag of the known-name match this token lies in.</summary>
    public byte KnownName;
    /// <summary>A proclitic split off a raw word (و، ف، ب، ل، ك): never the first token of an entity span.</summary>
    public bool IsProclitic;
}

/// <summary>
/// A sentence as the tagger sees it: the training corpus's conventions (alef-normalised, proclitics
/// split off) applied to raw text, each token still pointing at the raw characters it came from.
/// Forms live in one character buffer, with the raw index of every form character beside it, so
/// building a view allocates nothing per token once the buffers have grown.
/// </summary>
public sealed class TaggingView
{
    private char[] _chars = new char[256];
    private int[] _rawOf = new int[256];
    private int _charCount;
    private ViewToken[] _tokens = new ViewToken[64];

    public int Count { get; private set; }

    public ref ViewToken this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> Form(int index) => _chars.AsSpan(_tokens[index].FormStart, _tokens[index].FormLength);

    /// <summary>Raw index of character <paramref name="offset"/> of token <paramref name="index"/>'s form.</summary>
    public int RawIndexOf(int index, int offset) =>
        offset >= _tokens[index].FormLength ? _tokens[index].RawEnd : _rawOf[_tokens[index].FormStart + offset];

    public void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    /// <summary>Adds a token whose form is given with the raw index of each of its characters.</summary>
    public void Add(ReadOnlySpan<char> form, ReadOnlySpan<int> rawOf, int rawStart, int rawEnd)
    {
        EnsureChars(form.Length);
        form.CopyTo(_chars.AsSpan(_charCount));
        rawOf.CopyTo(_rawOf.AsSpan(_charCount));
        Push(form.Length, rawStart, rawEnd);
    }

    /// <summary>Adds a proclitic split off a raw word (see <see cref="ViewToken.IsProclitic"/>).</summary>
    public void AddProclitic(ReadOnlySpan<char> form, ReadOnlySpan<int> rawOf, int rawStart, int rawEnd)
    {
        Add(form, rawOf, rawStart, rawEnd);
        _tokens[Count - 1].IsProclitic = true;
    }

    /// <summary>Adds a token whose characters all map to <paramref name="rawStart"/>.. in order (training text).</summary>
    public void Add(ReadOnlySpan<char> form, int rawStart, int rawEnd)
    {
        EnsureChars(form.Length);
        form.CopyTo(_chars.AsSpan(_charCount));
        for (int k = 0; k < form.Length; k++) _rawOf[_charCount + k] = Math.Min(rawStart + k, Math.Max(rawStart, rawEnd - 1));
        Push(form.Length, rawStart, rawEnd);
    }

    /// <summary>Marks every token that lies inside a known-name match (B on the first, I after).</summary>
    public void MarkKnownNames(IReadOnlyList<KnownNameSpan> spans)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s].Span;
            bool first = true;
            for (int i = 0; i < Count; i++)
            {
                ref var t = ref _tokens[i];
                if (t.RawEnd <= span.Start || t.RawStart >= span.End) continue;
                if (t.KnownName != 0) { first = false; continue; }
                t.KnownName = (byte)(first ? NerTagSet.Begin(spans[s].Kind) : NerTagSet.Inside(spans[s].Kind));
                first = false;
            }
        }
    }

    private void Push(int length, int rawStart, int rawEnd)
    {
        if (Count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[Count++] = new ViewToken { FormStart = _charCount, FormLength = length, RawStart = rawStart, RawEnd = rawEnd };
        _charCount += length;
    }

    private void EnsureChars(int more)
    {
        if (_charCount + more <= _chars.Length) return;
        int size = Math.Max(_chars.Length * 2, _charCount + more);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _rawOf, size);
    }
}

/// <summary>A known name found by the knowledge base (or any gazetteer): a raw span and its type.</summary>
public readonly record struct KnownNameSpan(TextSpan Span, EntityKind Kind);

/// <summary>
/// Finds known names (knowledge-base aliases) in analysed text. The tagger uses the matches as a
/// feature ("this token lies inside a known ORG name"), at training time over the joined training
/// sentences and at run time over the article, so the same matcher must serve both.
/// </summary>
public interface IKnownNameFinder
{
    IReadOnlyList<KnownNameSpan> Find(AnalysedText text);
}
