namespace Marsad.Extract.Entities;

/// <summary>
/// Reusable buffers for tagging one sentence at a time (features, scores, Viterbi lattice), grown
/// to the longest sentence seen. One per thread: not thread-safe.
/// </summary>
public sealed class TaggerWorkspace
{
    public TaggingView View { get; } = new();
    public int[] Features { get; private set; } = [];
    public int[] Tags { get; private set; } = [];
    private ulong[] _formHash = [];
    private ulong[] _stemHash = [];
    private float[] _scores = [];
    private float[] _delta = [];
    private byte[] _back = [];

    /// <summary>Extracts the view's features (into <see cref="Features"/>).</summary>
    public void Extract(KnownWords known, int hashBits)
    {
        Ensure(View.Count);
        NerFeatures.Extract(View, known, hashBits, Features, _formHash, _stemHash);
    }

    /// <summary>Decodes the best tags for the features in <see cref="Features"/> (into <see cref="Tags"/>).</summary>
    public void Decode(PerceptronWeights weights, ReadOnlySpan<int> features, int tokens)
    {
        Ensure(tokens);
        weights.Score(features, tokens, _scores);
        weights.Decode(_scores, tokens, Tags, _delta, _back);
    }

    private void Ensure(int n)
    {
        if (Tags.Length >= n) return;
        int size = Math.Max(n, Math.Max(64, Tags.Length * 2));
        Features = new int[size * NerFeatures.SlotsPerToken];
        Tags = new int[size];
        _formHash = new ulong[size];
        _stemHash = new ulong[size];
        _scores = new float[size * PerceptronWeights.Stride];
        _delta = new float[size * NerTagSet.Count];
        _back = new byte[size * NerTagSet.Count];
    }
}
