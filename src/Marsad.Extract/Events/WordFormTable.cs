using System.Runtime.CompilerServices;
using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>One candidate base form in a <see cref="WordFormTable"/>: its stem is a span of the table's characters.</summary>
internal readonly record struct FormEntry(int Start, int Length, int Depth, bool Imperfect, bool Future, bool Purpose)
{
    public WordForm ToWordForm(WordFormTable table) => new(table.Stem(this).ToString(), Depth, Imperfect, Future, Purpose);
}

/// <summary>
/// The candidate base forms (<see cref="ArabicWordForms"/>) of one document's tokens, per token and
/// kind, computed on first use and kept while the document lives. The event stage asks for the same
/// token's candidates dozens of times (every cue set, every trigger kind, every role rule); keeping
/// the stems as spans of one character buffer, not strings, spares the allocations that dominated
/// the stage's cost.
/// </summary>
/// <remarks>
/// A document is processed by one thread; should two threads share one, a slot is published only
/// after its forms are written (under a lock), so a reader sees complete forms or computes none.
/// </remarks>
internal sealed class WordFormTable
{
    private const int KindCount = 3;
    private static readonly ConditionalWeakTable<AnalysedText, WordFormTable> ByText = new();
    // The last document this thread looked up: the stage asks for one document's table thousands of times in a row.
    [ThreadStatic] private static AnalysedText? _lastText;
    [ThreadStatic] private static WordFormTable? _lastTable;

    private readonly AnalysedText? _text;
    // Per token and kind: (first form << 32) | (count + 1); 0 until computed.
    private readonly long[] _slots;
    private char[] _chars = new char[256];
    private int _used;
    private FormEntry[] _forms = new FormEntry[64];

    /// <summary>A table for words outside any document (<see cref="ArabicWordForms.Candidates"/>).</summary>
    public WordFormTable()
    {
        _slots = [];
    }

    private WordFormTable(AnalysedText text)
    {
        _text = text;
        _slots = new long[text.Tokens.Length * KindCount];
        _chars = new char[Math.Max(256, text.Text.Length * 2)];
        _forms = new FormEntry[Math.Max(64, text.Tokens.Length * 4)];
    }

    /// <summary>The table of <paramref name="text"/>'s tokens.</summary>
    public static WordFormTable Of(AnalysedText text)
    {
        if (ReferenceEquals(_lastText, text)) return _lastTable!;
        var table = ByText.GetValue(text, static t => new WordFormTable(t));
        _lastText = text;
        _lastTable = table;
        return table;
    }

    /// <summary>Number of forms written so far.</summary>
    public int Count { get; private set; }

    /// <summary>The normalised stem of <paramref name="form"/>.</summary>
    public ReadOnlySpan<char> Stem(FormEntry form) => _chars.AsSpan(form.Start, form.Length);

    /// <summary>Candidates of token <paramref name="t"/> for <paramref name="kind"/>, in <see cref="ArabicWordForms.Candidates"/> order.</summary>
    public ReadOnlySpan<FormEntry> At(int t, WordKind kind)
    {
        int slot = t * KindCount + (int)kind;
        long v = Volatile.Read(ref _slots[slot]);
        if (v == 0)
        {
            lock (this)
            {
                v = _slots[slot];
                if (v == 0)
                {
                    int first = Count;
                    ArabicWordForms.Generate(this, _text!.Normalized(t), kind);
                    v = ((long)first << 32) | (uint)(Count - first + 1);
                    Volatile.Write(ref _slots[slot], v);
                }
            }
        }
        return _forms.AsSpan((int)(v >> 32), (int)(v & 0xFFFFFFFF) - 1);
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
        for (int i = from; i < Count; i++)
        {
            var f = _forms[i];
            if (f.Length != length || f.Depth > depth) continue;
            var s = _chars.AsSpan(f.Start, f.Length);
            if ((h == 0 || s[0] == head) && s.Slice(h, body.Length).SequenceEqual(body) && (tail == '\0' || s[^1] == tail)) return;
        }
        if (_used + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        if (Count == _forms.Length) Array.Resize(ref _forms, _forms.Length * 2);
        var dest = _chars.AsSpan(_used, length);
        if (h == 1) dest[0] = head;
        body.CopyTo(dest[h..]);
        if (tail != '\0') dest[^1] = tail;
        _forms[Count++] = new FormEntry(_used, length, depth, imperfect, future, purpose);
        _used += length;
    }
}
