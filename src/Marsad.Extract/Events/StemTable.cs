using System.Diagnostics.CodeAnalysis;

namespace Marsad.Extract.Events;

/// <summary>
/// A map from normalised stems to values, probed with a precomputed <see cref="StemHash"/> (open
/// addressing, at most half full). Most candidate forms of a token are in no cue set, so most
/// probes end at the first empty slot without reading a character.
/// </summary>
/// <remarks>Not safe for writes concurrent with reads; the sets are filled while resources load.</remarks>
internal sealed class StemTable<T> where T : class
{
    private Entry[] _entries = new Entry[16];

    public int Count { get; private set; }

    /// <summary>The value stored under <paramref name="key"/>, whose hash is <paramref name="hash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, [MaybeNullWhen(false)] out T value)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var e = ref entries[i];
            if (e.Key is null) break;
            if (e.Hash == hash && key.SequenceEqual(e.Key))
            {
                value = e.Value!;
                return true;
            }
        }
        value = null;
        return false;
    }

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out T value) =>
        TryGetValue(key, StemHash.Of(key), out value);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public void Set(string key, T value)
    {
        int hash = StemHash.Of(key);
        int mask = _entries.Length - 1;
        int i = hash & mask;
        for (; _entries[i].Key is string k; i = (i + 1) & mask)
        {
            if (_entries[i].Hash == hash && k == key)
            {
                _entries[i].Value = value;
                return;
            }
        }
        _entries[i] = new Entry { Key = key, Hash = hash, Value = value };
        if (++Count * 2 > _entries.Length) Grow();
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (var e in old)
        {
            if (e.Key is null) continue;
            int i = e.Hash & mask;
            while (_entries[i].Key is not null) i = (i + 1) & mask;
            _entries[i] = e;
        }
    }

    private struct Entry
    {
        public string? Key;
        public int Hash;
        public T? Value;
    }
}
