using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>
/// One candidate base form in a <see cref="WordFormTable"/>: its stem is a span of the table's
/// characters; <paramref name="Hash"/> is the stem's <see cref="StemHash"/>, for <see cref="StemTable{T}"/> lookups.
/// </summary>
internal readonly record struct FormEntry(int Start, int Length, int Hash, int Depth, bool Imperfect, bool Future, bool Purpose)
{
    public WordForm ToWordForm(WordFormTable table) => new(table.Stem(this).ToString(), Depth, Imperfect, Future, Purpose);
}

/// <summary>
/// The candidate base forms (<see cref="ArabicWordForms"/>) of one document's tokens, per token and
/// kind, computed on first use and kept while the thread works on that document. The event stage
/// asks for the same token's candidates dozens of times (every cue set, every trigger kind, every
/// role rule); keeping the stems as spans of one character buffer, not strings, spares the
/// allocations that dominated the stage's cost.
/// </summary>
/// <remarks>
/// Each thread has one table, which it clears and reuses for its next document: the buffers
/// (several hundred KB for a long article, most of it on the large-object heap) are allocated
/// once per thread instead of once per document, and no lock is needed because no other thread
/// ever sees the table — two threads on one document each build their own. The spans a table hands
/// out are valid until the same thread asks for another document's forms; the event stage works on
/// one document at a time, so no span outlives its document.
/// </remarks>
internal sealed class WordFormTable
{
    private const int KindCount = 3;
    [ThreadStatic] private static WordFormTable? _threadTable;

    private AnalysedText? _text;
    // Per token and kind: (first form << 32) | (count + 1); 0 until computed.
    private long[] _slots = [];
    private char[] _chars = new char[256];
    private int _used;
    private FormEntry[] _forms = new FormEntry[64];

    /// <summary>A table for words outside any document (<see cref="ArabicWordForms.Candidates"/>).</summary>
    public WordFormTable()
    {
    }

    /// <summary>This thread's table, holding the forms of <paramref name="text"/>'s tokens.</summary>
    public static WordFormTable Of(AnalysedText text)
    {
        var table = _threadTable ??= new WordFormTable();
        if (!ReferenceEquals(table._text, text)) table.Reset(text);
        return table;
    }

    /// <summary>Forgets the previous document's forms and sizes the buffers for <paramref name="text"/>.</summary>
    private void Reset(AnalysedText text)
    {
        _text = text;
        int slots = text.Tokens.Length * KindCount;
        if (_slots.Length < slots) _slots = new long[slots];
        else Array.Clear(_slots, 0, slots);
        // A first guess at the document's needs; Add grows the buffers when a document needs more, and
        // the grown buffers serve the thread's later documents.
        if (_chars.Length < text.Text.Length * 2) _chars = new char[text.Text.Length * 2];
        if (_forms.Length < text.Tokens.Length * 4) _forms = new FormEntry[text.Tokens.Length * 4];
        _used = 0;
        Count = 0;
    }

    /// <summary>Number of forms written so far.</summary>
    public int Count { get; private set; }

    /// <summary>The normalised stem of <paramref name="form"/>.</summary>
    public ReadOnlySpan<char> Stem(FormEntry form) => _chars.AsSpan(form.Start, form.Length);

    /// <summary>Candidates of token <paramref name="t"/> for <paramref name="kind"/>, in <see cref="ArabicWordForms.Candidates"/> order.</summary>
    public ReadOnlySpan<FormEntry> At(int t, WordKind kind)
    {
        ref long slot = ref _slots[t * KindCount + (int)kind];
        if (slot == 0)
        {
            int first = Count;
            ArabicWordForms.Generate(this, _text!.Normalized(t), kind);
            slot = ((long)first << 32) | (uint)(Count - first + 1);
        }
        return _forms.AsSpan((int)(slot >> 32), (int)(slot & 0xFFFFFFFF) - 1);
    }

    /// <summary>Candidates of <paramref name="word"/>, written at the end of the table.</summary>
    public ReadOnlySpan<FormEntry> Generate(string word, WordKind kind)
    {
        int first = Count;
        ArabicWordForms.Generate(this, word, kind);
        return _forms.AsSpan(first, Count - first);
    }

    /// <summary>
    /// Adds the stem <paramref name="head"/> + <paramref name="body"/> + <paramref name="tail"/> (a
    /// '\0' head or tail is none) unless it is shorter than two letters or a form from
    /// <paramref name="from"/> on already has it with no more strips.
    /// </summary>
    public void Add(int from, char head, ReadOnlySpan<char> body, char tail, int depth, bool imperfect, bool future, bool purpose)
    {
        int h = head == '\0' ? 0 : 1, length = h + body.Length + (tail == '\0' ? 0 : 1);
        if (length < 2) return;
        int hash = StemHash.Of(head, body, tail);
        for (int i = from; i < Count; i++)
        {
            var f = _forms[i];
            if (f.Length != length || f.Hash != hash || f.Depth > depth) continue;
            var s = _chars.AsSpan(f.Start, f.Length);
            if ((h == 0 || s[0] == head) && s.Slice(h, body.Length).SequenceEqual(body) && (tail == '\0' || s[^1] == tail)) return;
        }
        if (_used + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        if (Count == _forms.Length) Array.Resize(ref _forms, _forms.Length * 2);
        var dest = _chars.AsSpan(_used, length);
        if (h == 1) dest[0] = head;
        body.CopyTo(dest[h..]);
        if (tail != '\0') dest[^1] = tail;
        _forms[Count++] = new FormEntry(_used, length, hash, depth, imperfect, future, purpose);
        _used += length;
    }
}
